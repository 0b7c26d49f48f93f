import {expect, test} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';

// A path inside a docs family that is no page: the 404 page, with no Markdown twin to copy or open.
test('the 404 page inside a guide family offers no "Copy page as Markdown" or "View as Markdown"', async ({page}) => {
  const response = await page.goto('/nestjs-query/no-such-page');
  expect(response?.status()).toBe(404);
  await openHydrated(page, '/nestjs-query/no-such-page');
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  await expect(page.getByRole('button', {name: 'Copy page as Markdown'})).toHaveCount(0);
  await expect(page.getByRole('link', {name: 'View as Markdown'})).toHaveCount(0);
});

test('a guide page keeps both Markdown controls under its title', async ({page}) => {
  await openHydrated(page, '/nestjs-query/multiple-databases');
  await expect(page.getByRole('button', {name: 'Copy page as Markdown'})).toBeVisible();
  await expect(page.getByRole('link', {name: 'View as Markdown'})).toBeVisible();
});
