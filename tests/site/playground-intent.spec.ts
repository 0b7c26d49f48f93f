import {test, expect} from '@playwright/test';
import {openHydrated} from './support/pages';
import {ELOQUENT_PAGE, playground} from './support/playground';

// The playground fetches its engine on intent (pointer over or focus on Start), so the click
// finds the worker, sql.js and its wasm on their way; it starts nothing before the click.

const engineFiles = (requested: string[]) => [...new Set(requested.filter((p) => p.includes('/sqljs/')).map((p) => p.split('/').pop()))].sort();

for (const intent of ['hover', 'focus'] as const) {
  test(`${intent} on Start fetches the SQL engine's files; the click then starts the playground`, async ({page}) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await openHydrated(page, ELOQUENT_PAGE);
    await page.waitForLoadState('networkidle');
    const region = playground(page);
    const start = region.getByRole('button', {name: 'Start playground'});
    expect(engineFiles(requested)).toEqual([]);

    await start[intent]();
    await expect.poll(() => engineFiles(requested)).toEqual(['playground-worker.js', 'sql-wasm.wasm']);
    await expect(start).toBeEnabled();
    await expect(region.getByRole('table', {name: 'Results'})).toHaveCount(0);

    // The click asks for no script that intent did not already fetch (one chunk per module).
    const chunks = (from: number) => new Set(requested.slice(from).filter((p) => p.startsWith('/assets/js/')));
    await expect.poll(() => [...chunks(0)].length).toBeGreaterThan(0);
    const onIntent = chunks(0);
    const sinceClick = requested.length;
    await start.click();
    await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
    expect([...chunks(sinceClick)].filter((p) => !onIntent.has(p))).toEqual([]);
  });
}
