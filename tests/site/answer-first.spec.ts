import {test, expect} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';
import {escapeRegExp} from '../../tools/text.mjs';

// Wrong code offers nothing to copy, working code does; an old link to a troubleshooting entry
// lands on the entry on its new page.

test('code in a "Wrong" box has no copy button; the code next to it has one', async ({page}) => {
  await openHydrated(page, '/nestjs-query/transactions');
  const wrong = page.locator('.theme-admonition-danger').filter({hasText: 'Wrong'});
  await expect(wrong).toHaveCount(4);
  const working = page.locator('.theme-code-block').filter({hasText: 'this.secretDataSource.transaction'}).first();
  await working.hover();
  await expect(working.getByRole('button', {name: 'Copy code to clipboard'})).toBeVisible();
  for (const box of await wrong.all()) {
    await box.locator('.theme-code-block').hover();
    await expect(box.getByRole('button', {name: 'Copy code to clipboard'})).toHaveCount(0);
  }
});

for (const [from, to] of [
  ['/nestjs-query/multiple-databases#the-name-is-inside-usefactory', '/nestjs-query/troubleshooting-multiple-databases#the-name-is-inside-usefactory'],
  [
    '/nestjs-query/0.30/multiple-databases#ts1239-when-type-checking-with-typescript-5-or-later',
    '/nestjs-query/0.30/troubleshooting-multiple-databases#ts1239-when-type-checking-with-typescript-5-or-later',
  ],
  [
    '/eloquent/multi-connection-strategy#two-driver-flags-in-one-command',
    '/eloquent/troubleshooting-multi-connection-strategy#two-driver-flags-in-one-command',
  ],
]) {
  test(`an old link to a moved entry, ${from}, lands on it at ${to}`, async ({page}) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(to)}$`));
    const id = to.split('#')[1];
    await expect(page.locator(`h3[id="${id}"]`)).toBeInViewport();
  });
}

test('the old page still reads without scripts: its troubleshooting section links every entry', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/nestjs-query/multiple-databases#a-database-server-is-down');
  const mark = page.locator('[id="a-database-server-is-down"][data-moved]');
  await expect(mark.locator('xpath=..').getByRole('link', {name: 'A database server is down'})).toHaveAttribute(
    'href',
    /\/nestjs-query\/troubleshooting-multiple-databases#a-database-server-is-down$/,
  );
  await context.close();
});

test('"In short" is the first section of a guide and holds code', async ({page}) => {
  await openHydrated(page, '/nestjs-query/multiple-databases');
  const headings = page.getByRole('main').getByRole('heading', {level: 2});
  await expect(headings.first()).toHaveText('In short');
  const firstBlock = page.locator('.theme-code-block').first();
  const heading = await headings.first().boundingBox();
  const block = await firstBlock.boundingBox();
  expect(block!.y).toBeGreaterThan(heading!.y);
  expect(block!.y).toBeLessThan((await headings.nth(1).boundingBox())!.y);
});
