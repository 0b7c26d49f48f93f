import {test, expect, type Page} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';
import {ELOQUENT_PAGE, playground} from './support/playground';

// The playground starts its engine on intent (pointer over or focus on Start): the worker fetches
// sql.js and compiles its wasm before the click, which then runs its first query on that worker.
// A reader who moves on without clicking does not keep the engine.

const engineFiles = (requested: string[]) => [...new Set(requested.filter((p) => p.includes('/sqljs/')).map((p) => p.split('/').pop()))].sort();

/** Counts the page's Web Workers: created, and terminated. */
async function countWorkers(page: Page): Promise<() => Promise<{created: number; terminated: number}>> {
  await page.addInitScript(() => {
    const counts = {created: 0, terminated: 0};
    (window as unknown as {workerCounts: typeof counts}).workerCounts = counts;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        counts.created++;
      }
      terminate(): void {
        counts.terminated++;
        super.terminate();
      }
    };
  });
  return () => page.evaluate(() => ({...(window as unknown as {workerCounts: {created: number; terminated: number}}).workerCounts}));
}

for (const intent of ['hover', 'focus'] as const) {
  test(`${intent} on Start starts the SQL engine; the click runs the first query on it`, async ({page}) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const workers = await countWorkers(page);
    await openHydrated(page, ELOQUENT_PAGE);
    await page.waitForLoadState('networkidle');
    const region = playground(page);
    const start = region.getByRole('button', {name: 'Start playground'});
    expect(engineFiles(requested)).toEqual([]);
    expect(await workers()).toEqual({created: 0, terminated: 0});

    await start[intent]();
    await expect.poll(() => engineFiles(requested)).toEqual(['playground-worker.js', 'sql-wasm.wasm']);
    expect(await workers()).toEqual({created: 1, terminated: 0});
    await expect(start).toBeEnabled();
    await expect(region.getByRole('table', {name: 'Results'})).toHaveCount(0);

    // The click asks for no script that intent did not already fetch (one chunk per module),
    // and starts no second worker.
    const chunks = (from: number) => new Set(requested.slice(from).filter((p) => p.startsWith('/assets/js/')));
    await expect.poll(() => [...chunks(0)].length).toBeGreaterThan(0);
    const onIntent = chunks(0);
    const sinceClick = requested.length;
    await start.click();
    await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
    expect([...chunks(sinceClick)].filter((p) => !onIntent.has(p))).toEqual([]);
    expect(await workers()).toEqual({created: 1, terminated: 0});
  });
}

test('an engine started on intent is dropped 10 s after the pointer leaves without a click, and starts again on the next intent', async ({page}) => {
  await page.clock.install();
  const workers = await countWorkers(page);
  await openHydrated(page, ELOQUENT_PAGE);
  const region = playground(page);
  const start = region.getByRole('button', {name: 'Start playground'});

  await start.hover();
  await expect.poll(workers).toEqual({created: 1, terminated: 0});
  await page.mouse.move(0, 0);
  await page.clock.fastForward(9_000);
  expect(await workers()).toEqual({created: 1, terminated: 0});
  await page.clock.fastForward(1_500);
  await expect.poll(workers).toEqual({created: 1, terminated: 1});

  // Back on Start: a new engine, which the click then uses.
  await start.hover();
  await expect.poll(workers).toEqual({created: 2, terminated: 1});
  await start.click();
  await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
  expect(await workers()).toEqual({created: 2, terminated: 1});
});
