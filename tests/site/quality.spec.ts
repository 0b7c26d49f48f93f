import {test, expect} from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {builtPages, guidePages, openHydrated} from './support/pages';

// Gates every page passes, whatever a guide adds: accessibility in both colour modes, no request
// to another origin before the reader asks for one, links that lead somewhere, a usable phone layout.

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} mode`, () => {
    test.use({colorScheme});
    for (const url of builtPages()) {
      test(`${url} has no serious or critical axe violation`, async ({page}) => {
        await openHydrated(page, url);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(serious).toEqual([]);
      });
    }
  });
}

for (const url of builtPages()) {
  test(`${url} requests nothing from another origin on load`, async ({page, baseURL}) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== new URL(baseURL!).origin) {
        elsewhere.push(request.url());
      }
    });
    await openHydrated(page, url);
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
  });
}

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
    test(`${url} has no horizontal scroll and its controls fit the screen`, async ({page}) => {
      await openHydrated(page, url);
      const {scrollWidth, clientWidth} = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        clientWidth: document.scrollingElement!.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

      const outside = await page.getByRole('main').getByRole('button').evaluateAll((buttons) =>
        buttons
          .filter((b) => b.getClientRects().length > 0)
          .map((b) => ({name: b.getAttribute('aria-label') ?? b.textContent ?? '', box: b.getBoundingClientRect()}))
          .filter(({box}) => box.left < 0 || box.right > window.innerWidth)
          .map(({name}) => name),
      );
      expect(outside).toEqual([]);

      // The sidebar is reachable through the menu button.
      await page.getByRole('button', {name: 'Toggle navigation bar'}).click();
      await expect(page.getByRole('navigation', {name: 'Main'}).getByRole('link').first()).toBeVisible();
    });
  }
});
