import {test, expect, type Request} from '@playwright/test';
import {guidePages, openHydrated} from './support/pages';

// Docusaurus fetches a page's route chunks only once main has run, and hydrates after them: the
// docs layout ships in main (src/clientModules/docsLayoutInMain.ts), so a guide opened from a
// link waits for its own data alone (docs plugin data, its version, its content).

const ROUTE_CHUNKS_AT_MOST = 3;

for (const url of guidePages()) {
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
    const scripts = early.filter((_, i) => destinations[i] === 'script').map((request) => new URL(request.url()).pathname.split('/').pop()!);
    expect(scripts.slice(0, 2).map((name) => name.split('.')[0])).toEqual(['runtime~main', 'main']);
    const routeChunks = scripts.slice(2);
    expect(routeChunks.length, `route chunks fetched before hydration: ${routeChunks.join(', ')}`).toBeLessThanOrEqual(ROUTE_CHUNKS_AT_MOST);
  });
}
