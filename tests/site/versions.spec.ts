import {test, expect, type Page} from '@playwright/test';
import {guidePaths, openHydrated} from '../../tools/site.mjs';
import {versionLabel} from './support/versions';
import {families, lineRoute} from '../../tools/families.mjs';
import {lineLabel} from '../../tools/lockfile.mjs';
import {lastVerified, matrixRows} from '../../src/plugins/tested-with/testedWith';

const navbar = (page: Page) => page.getByRole('navigation', {name: 'Main'});

async function chooseVersion(page: Page, from: string, to: string) {
  await navbar(page).getByRole('button', {name: from, exact: true}).hover();
  await navbar(page).getByRole('link', {name: to, exact: true}).click();
}

test('eloquent: switching 1.1.x to 1.0.x keeps the page and shows the older-version banner', async ({page}) => {
  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
  await chooseVersion(page, versionLabel('eloquent', '1.1.x'), versionLabel('eloquent', '1.0.x'));
  await expect(page).toHaveURL(/\/eloquent\/1\.0\/multi-connection-strategy$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Multi-Connection Strategy'})).toBeVisible();
  await expect(page.getByText(/This is documentation for .*1\.0\.x.*which is no longer maintained upstream/)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('eloquent-orm.js 1.0.x');

  await chooseVersion(page, versionLabel('eloquent', '1.0.x'), versionLabel('eloquent', '1.1.x'));
  await expect(page).toHaveURL(/\/eloquent\/multi-connection-strategy$/);
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
});

test('nestjs-query: switching 9.x to 0.30.x keeps the overview', async ({page}) => {
  await openHydrated(page, '/nestjs-query/');
  await chooseVersion(page, versionLabel('nestjs-query', '9.x'), versionLabel('nestjs-query', '0.30.x'));
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
  await expect(page.getByRole('main')).toContainText('@nestjs-query/core');
  await expect(page.getByText(/This is documentation for .*0\.30\.x/)).toBeVisible();
});

test('nestjs-query: the NestJS 11 line keeps the reader on the same page, named by its stack, without an old-version banner', async ({page}) => {
  const nest11 = versionLabel('nestjs-query', '9.x-nest11');
  expect(nest11).toMatch(/^nestjs-query 9\.x · NestJS 11 · TypeORM 0\.3$/);
  await openHydrated(page, '/nestjs-query/multiple-databases');
  await chooseVersion(page, versionLabel('nestjs-query', '9.x'), nest11);
  await expect(page).toHaveURL(/\/nestjs-query\/nestjs-11\/multiple-databases$/);
  await expect(navbar(page).getByRole('button', {name: nest11, exact: true})).toBeVisible();
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
  await expect(page.locator('[data-tested-with]')).toContainText('NestJS 11.');
});

test('the navbar shows only the version dropdown of the family being read', async ({page}) => {
  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(navbar(page).getByRole('button', {name: versionLabel('eloquent', '1.1.x'), exact: true})).toBeVisible();
  await expect(navbar(page).getByRole('button', {name: versionLabel('nestjs-query', '9.x'), exact: true})).toHaveCount(0);

  await openHydrated(page, '/nestjs-query/0.30/');
  await expect(navbar(page).getByRole('button', {name: versionLabel('nestjs-query', '0.30.x'), exact: true})).toBeVisible();
  for (const version of ['1.1.x', '1.0.x']) await expect(navbar(page).getByRole('button', {name: versionLabel('eloquent', version)})).toHaveCount(0);

  await openHydrated(page, '/');
  await expect(navbar(page).getByRole('button', {name: /nestjs-query \d|eloquent-orm\.js \d/})).toHaveCount(0);
});

test('the banner and the badge name the library line and its stack, not the handbook', async ({page}) => {
  const legacy = versionLabel('nestjs-query', '0.30.x');
  await openHydrated(page, '/nestjs-query/0.30/testing');
  const banner = page.getByRole('alert').filter({hasText: 'This is documentation for'});
  await expect(banner).toContainText(`This is documentation for ${legacy}, which is no longer maintained upstream.`);
  await expect(banner).not.toContainText('Multi-Database Handbook');
  await expect(banner.getByRole('link', {name: 'the current guides'})).toHaveAttribute('href', '/nestjs-query/testing');
  await expect(page.getByRole('main').getByText(`For ${legacy}`, {exact: true})).toBeVisible();

  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(page.getByRole('main').getByText(`For ${versionLabel('eloquent', '1.1.x')}`, {exact: true})).toBeVisible();
  expect(versionLabel('eloquent', '1.1.x')).toBe('eloquent-orm.js 1.1.x');
});

test('each guide says when its example last passed every run, from the matrix', async ({page}) => {
  for (const [url, example] of [
    ['/nestjs-query/multiple-databases', 'nestjs-multi-db'],
    ['/nestjs-query/0.30/testing', 'nestjs-multi-db-legacy'],
    ['/eloquent/1.0/multi-connection-strategy', 'eloquent-multi-connection-1.0'],
  ]) {
    const verified = lastVerified(matrixRows().filter((row) => row.example === example && !row.stack));
    expect(verified, example).toBeTruthy();
    await openHydrated(page, url);
    const line = page.locator(`[data-tested-with="${example}"]`);
    await expect(line).toContainText(`Last verified ${verified}.`);
    await expect(line.locator('time')).toHaveAttribute('datetime', verified!);
  }
});

test('a page missing from the chosen line lands on its nearest page, which says so and links back', async ({page}) => {
  const current = versionLabel('nestjs-query', '9.x');
  const legacy = versionLabel('nestjs-query', '0.30.x');
  await openHydrated(page, '/nestjs-query/upgrading-from-0.30');
  await expect(page.getByRole('status').filter({hasText: 'is not in'})).toHaveCount(0);
  await chooseVersion(page, current, legacy);
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('NestJS + nestjs-query 0.30 on several databases');
  const notice = page.getByRole('status').filter({hasText: 'is not in'});
  await expect(notice).toContainText(`“Upgrading from 0.30 to 9.x” is not in ${legacy}; this is the nearest page.`);
  await expect(navbar(page).getByRole('button', {name: legacy, exact: true})).toBeVisible();

  await notice.getByRole('link', {name: `Back to “Upgrading from 0.30 to 9.x” in ${current}`}).click();
  await expect(page).toHaveURL(/\/nestjs-query\/upgrading-from-0\.30$/);
  await expect(navbar(page).getByRole('button', {name: current, exact: true})).toBeVisible();
  await expect(page.getByRole('status').filter({hasText: 'is not in'})).toHaveCount(0);

  // The note is for the arrival only: a reload, or a switch to a line that has the page, shows none.
  await chooseVersion(page, current, legacy);
  await expect(notice).toBeVisible();
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await expect(page.getByRole('heading', {level: 1})).toHaveText('NestJS + nestjs-query 0.30 on several databases');
  await expect(page.getByRole('status').filter({hasText: 'is not in'})).toHaveCount(0);
  await openHydrated(page, '/nestjs-query/upgrading-from-0.30');
  await chooseVersion(page, current, versionLabel('nestjs-query', '9.x-nest11'));
  await expect(page).toHaveURL(/\/nestjs-query\/nestjs-11\/upgrading-from-0\.30$/);
  await expect(page.getByRole('status').filter({hasText: 'is not in'})).toHaveCount(0);
});

test('the version menu links a line that lacks the page to its nearest page, in line order', async ({page}) => {
  await openHydrated(page, '/nestjs-query/nestjs-11/upgrading-from-0.30');
  await navbar(page)
    .getByRole('button', {name: versionLabel('nestjs-query', '9.x-nest11'), exact: true})
    .hover();
  const menu = navbar(page).locator('.dropdown__menu');
  await expect(menu.getByRole('link')).toHaveText(families[0].lines.map(lineLabel));
  await expect(menu.getByRole('link', {name: versionLabel('nestjs-query', '9.x'), exact: true})).toHaveAttribute('href', '/nestjs-query/upgrading-from-0.30');
  await expect(menu.getByRole('link', {name: versionLabel('nestjs-query', '0.30.x'), exact: true})).toHaveAttribute('href', '/nestjs-query/0.30/');
});

test('the home page lists every guide of every line, under the line that has it', async ({page}) => {
  await openHydrated(page, '/');
  const main = page.getByRole('main');
  const listed: string[] = [];
  for (const family of families) {
    const section = main.getByRole('region', {name: family.title, exact: true});
    await expect(section.getByRole('heading', {level: 2, name: family.title})).toBeVisible();
    await expect(section).toContainText(family.summary);
    for (const line of family.lines) {
      const lineSection = section.getByRole('region', {name: lineLabel(line), exact: true});
      await expect(lineSection.getByRole('heading', {level: 3, name: lineLabel(line), exact: true})).toBeVisible();
      const verified = lastVerified(matrixRows().filter((row) => row.family === family.id && row.version === line.version));
      if (verified) await expect(lineSection).toContainText(`Last verified ${verified}.`);
      await expect(lineSection.getByText('No longer maintained upstream.')).toHaveCount(line.unmaintained ? 1 : 0);
      const hrefs = await lineSection.getByRole('link').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      const route = lineRoute(family, line);
      const others = family.lines.filter((l) => l.path && l !== line).map((l) => lineRoute(family, l));
      expect(
        hrefs.every((href) => href.startsWith(route) && !others.some((other) => href.startsWith(other))),
        hrefs.join(' '),
      ).toBe(true);
      listed.push(...hrefs);
    }
  }
  // Every guide page the build made, each once.
  expect([...listed].sort()).toEqual([...guidePaths()].sort());

  await main
    .getByRole('region', {name: versionLabel('eloquent', '1.0.x'), exact: true})
    .getByRole('link', {name: 'Multi-Connection Strategy'})
    .click();
  await expect(page).toHaveURL(/\/eloquent\/1\.0\/multi-connection-strategy$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Multi-Connection Strategy'})).toBeVisible();
});
