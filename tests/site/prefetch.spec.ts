import {test, expect} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';

// Links prefetch on the reader's intent (src/clientModules/prefetchOnIntent.ts), not for every
// link that scrolls into view; a next page still loads before the click and opens client-side.

const prefetches = (page: import('@playwright/test').Page) => page.locator('head link[rel="prefetch"]').count();

test('a long guide prefetches nothing for the links in view, and a focused link prefetches its page', async ({page}) => {
  await openHydrated(page, '/nestjs-query/multiple-databases');
  await page.waitForLoadState('networkidle');
  const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
  await expect(sidebar.getByRole('link', {name: 'Upgrading from 0.30 to 9.x'})).toBeInViewport();
  expect(await prefetches(page)).toBe(0);

  await sidebar.getByRole('link', {name: 'Upgrading from 0.30 to 9.x'}).focus();
  await expect.poll(() => prefetches(page)).toBeGreaterThan(0);
});

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
