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
  // Each target page is opened once for all the anchors pointing into it (a guide's table of
  // contents alone links every heading).
  const idsOn = new Map<string, Set<string>>();
  for (const link of links) {
    const {pathname, hash} = new URL(link);
    const response = await request.get(pathname);
    if (!response.ok()) {
      broken.push(`${link}: HTTP ${response.status()}`);
      continue;
    }
    if (hash) {
      if (!idsOn.has(pathname)) {
        await openHydrated(page, pathname);
        idsOn.set(pathname, new Set(await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id))));
      }
      if (!idsOn.get(pathname)!.has(decodeURIComponent(hash.slice(1)))) broken.push(`${link}: no such anchor`);
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
