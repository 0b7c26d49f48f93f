import {test, expect} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';
import {searchFor} from './support/search';

test('search finds the multi-connection guide from the word connectionName', async ({page}) => {
  await openHydrated(page, '/');
  const suggestion = (await searchFor(page, 'connectionName')).filter({hasText: 'Multi-Connection Strategy'}).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/eloquent\/multi-connection-strategy/);
});

test('tabbing past the search box leaves focus where the reader tabbed to when the index arrives later', async ({page}) => {
  // The index is held until the reader has tabbed on, as on a slow connection.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/search-index[^/]*\.json(\?|$)/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  await openHydrated(page, '/nestjs-query/multiple-databases');
  const box = page.getByRole('textbox', {name: 'Search'});
  for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.outerHTML);
  await expect.poll(() => requested, {message: 'the index is requested (and held)'}).toBe(true);
  release();
  // The package makes the box a combobox once the index has loaded, and refocused it then.
  await expect(page.getByRole('combobox', {name: 'Search'})).toBeAttached();
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(next);
});

test('a reader who stays in the search box keeps it focused when the index arrives, and can type', async ({page}) => {
  await openHydrated(page, '/nestjs-query/multiple-databases');
  const box = page.getByRole('textbox', {name: 'Search'});
  for (let i = 0; i < 20 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  const combobox = page.getByRole('combobox', {name: 'Search'});
  await expect(combobox).toBeFocused();
  await page.keyboard.type('connectionName');
  await expect(page.getByRole('option').first()).toBeVisible();
});

test('the search results page has one main landmark holding the results', async ({page}) => {
  await openHydrated(page, '/search?q=connectionName');
  const main = page.getByRole('main');
  await expect(main).toHaveCount(1);
  await expect(main.getByRole('heading', {level: 1})).toContainText('connectionName');
});
