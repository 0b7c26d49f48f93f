import {test, expect} from '@playwright/test';
import {builtPages, guidePages, openHydrated} from './support/pages';

// Site-wide checks beyond the per-page gates (those are in support/page-gates.ts, run once per
// page by pages.spec.ts): links that lead somewhere, and a phone layout that can reach the sidebar.

test('every internal link and anchor in the built site leads somewhere', async ({page, request, baseURL}) => {
  test.setTimeout(120_000);
  const links = new Set<string>();
  for (const url of builtPages()) {
    await openHydrated(page, url);
    const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) if (new URL(href).origin === new URL(baseURL!).origin) links.add(href);
  }
  const broken: string[] = [];
  for (const link of links) {
    const {pathname, hash} = new URL(link);
    const response = await request.get(pathname);
    if (!response.ok()) {
      broken.push(`${link}: HTTP ${response.status()}`);
      continue;
    }
    if (hash) {
      await openHydrated(page, pathname);
      if ((await page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count()) === 0) broken.push(`${link}: no such anchor`);
    }
  }
  expect(links.size).toBeGreaterThan(10);
  expect(broken).toEqual([]);
});

test.describe('phone layout, 375 px wide', () => {
  test.use({viewport: {width: 375, height: 800}, isMobile: true, hasTouch: true});
  for (const url of guidePages()) {
    test(`${url}: the sidebar is reachable through the menu button`, async ({page}) => {
      await openHydrated(page, url);
      await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
      await expect(page.getByRole('navigation', {name: 'Main'}).getByRole('link').first()).toBeVisible();
    });
  }
});
