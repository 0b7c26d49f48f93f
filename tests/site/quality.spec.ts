import {test, expect} from '@playwright/test';
import {firstPageOfEachLine, openHydrated, sitemapPaths} from '../../tools/site.mjs';
import {families} from '../../tools/families.mjs';

// Beyond the per-page gates (support/page-gates.ts, run on every page by pages.spec.ts). Links and
// anchors are the build's to check (onBrokenLinks and onBrokenAnchors: 'throw').

test('each guide line has its own first page', () => {
  expect(firstPageOfEachLine(sitemapPaths())).toHaveLength(families.flatMap((family) => family.lines).length);
});

test.describe('phone layout, 375 px wide', () => {
  test.use({viewport: {width: 375, height: 800}, isMobile: true, hasTouch: true});
  // The menu is the theme's, the same on every page of a line: one page per line.
  for (const url of firstPageOfEachLine(sitemapPaths())) {
    test(`${url}: the sidebar is reachable through the menu button`, async ({page}) => {
      await openHydrated(page, url);
      await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
      await expect(page.getByRole('navigation', {name: 'Main'}).getByRole('link').first()).toBeVisible();
    });
  }
});
