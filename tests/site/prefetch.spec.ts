import {test, expect} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';

// Links prefetch on the reader's intent (src/clientModules/prefetchOnIntent.ts; what that saves is a
// benchmark figure): a hovered link's page, Prism included, still opens client-side.

test('a hovered link opens its page client-side, with its code highlighted', async ({page}) => {
  await openHydrated(page, '/nestjs-query/multiple-databases');
  await page.evaluate(() => ((window as unknown as {samePage: boolean}).samePage = true));
  const link = page.getByRole('navigation', {name: 'Docs sidebar'}).getByRole('link', {name: 'Upgrading from NestJS 11 to 12'});
  await link.hover();
  await link.click();
  await expect(page.getByRole('heading', {level: 1, name: 'Upgrading from NestJS 11 to 12'})).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as {samePage?: boolean}).samePage)).toBe(true);
  expect(await page.locator('.theme-code-block .token.keyword').count()).toBeGreaterThan(20);
});
