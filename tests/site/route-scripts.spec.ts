import {test, expect, type Request} from '@playwright/test';
import {guidePaths, openHydrated} from '../../tools/site.mjs';

// Docusaurus fetches a page's route chunks only once main has run, and hydrates after them: the
// docs layout ships in main (src/clientModules/docsLayoutInMain.ts), so a guide opened from a
// link waits for its own data alone (docs plugin data, its version, its content). The page's
// scripts are fetched at once but run only after its first paint (src/ssrTemplate.ts).

const ROUTE_CHUNKS_AT_MOST = 3;

/** A script's file name, as a page's request or script element gives its URL. */
const fileName = (url: string) => new URL(url).pathname.split('/').pop()!;

declare global {
  interface Window {
    __scriptsStarted?: {src: string; painted: boolean; article: boolean}[];
  }
}

for (const url of guidePaths()) {
  test(`${url} fetches runtime, main and at most ${ROUTE_CHUNKS_AT_MOST} route chunks before it hydrates`, async ({page}) => {
    const early: Request[] = [];
    let hydrated = false;
    page.on('request', (request) => {
      if (!hydrated && request.resourceType() === 'script') early.push(request);
    });
    await openHydrated(page, url);
    hydrated = true;
    // Scripts only: a worker a page starts on mount is no route chunk.
    const destinations = await Promise.all(early.map(async (request) => (await request.allHeaders())['sec-fetch-dest']));
    const scripts = early.filter((_, i) => destinations[i] === 'script').map((request) => fileName(request.url()));
    expect(scripts.slice(0, 2).map((name) => name.split('.')[0])).toEqual(['runtime~main', 'main']);
    const routeChunks = scripts.slice(2);
    expect(routeChunks.length, `route chunks fetched before hydration: ${routeChunks.join(', ')}`).toBeLessThanOrEqual(ROUTE_CHUNKS_AT_MOST);
  });

  test(`${url} shows its text before its scripts run, and fetches them while it parses`, async ({page}) => {
    await page.addInitScript(() => {
      // Each script element as it joins the document: had the browser reported a paint by then?
      window.__scriptsStarted = [];
      new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (!(node instanceof HTMLScriptElement) || !node.src) continue;
            const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
            window.__scriptsStarted!.push({src: node.src, painted, article: document.querySelector('article') !== null});
          }
        }
      }).observe(document, {childList: true, subtree: true});
    });
    await openHydrated(page, url);
    const started = await page.evaluate(() => window.__scriptsStarted!);
    const names = started.map((s) => fileName(s.src).split('.')[0]);
    expect(names.slice(0, 2)).toEqual(['runtime~main', 'main']);
    for (const script of started.slice(0, 2)) {
      expect(script, `${script.src} joined the page before its text was painted`).toEqual({src: script.src, painted: true, article: true});
    }
    // Fetched from the head (a preload) while the page parses, not once it has painted.
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const main = performance.getEntriesByType('resource').find((e) => /\/main\.[^/]+\.js$/.test(e.name))!;
      return {mainFetchStart: main.startTime, domContentLoaded: nav.domContentLoadedEventStart};
    });
    expect(timing.mainFetchStart).toBeLessThan(timing.domContentLoaded);
  });
}
