import {test, expect, type Locator, type Page} from '@playwright/test';
import {axeViolations} from './support/page-gates';
import fs from 'node:fs';
import {encodeLinkState} from '../../src/playground/ui/link';
import {RUNAWAY_SQL} from '../../tools/playground.mjs';
import {openHydrated} from '../../tools/site.mjs';
import {readerFindings} from './support/reader-checks';
import {ELOQUENT_PAGE, chooseConsole, expectRoute, namesOn, playground, resultRows, routeRow, runSql, startPlayground} from './support/playground';

// The connection playground on the eloquent-orm.js guide, in the built site.

/** The routing table's "CLI and resolver" cell of one model. */
const cliCell = (region: Locator, model: string) => routeRow(region, model).getByRole('cell').nth(4);

/** The playground started with User 1 created, and the fetches of sql.js's wasm counted. */
async function startWithOneUser(page: Page): Promise<{region: Locator; wasmFetches: string[]}> {
  const wasmFetches: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/sql-wasm.wasm')) wasmFetches.push(request.url());
  });
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created User 1/})).toBeVisible();
  return {region, wasmFetches};
}

test('the guide ships no playground code, sql.js or wasm until Start is pressed', async ({page}) => {
  const scripts = new Map<string, string>();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('response', async (response) => {
    if (response.url().endsWith('.js')) scripts.set(new URL(response.url()).pathname, await response.text().catch(() => ''));
  });
  await openHydrated(page, ELOQUENT_PAGE);
  await page.waitForLoadState('networkidle');
  const region = playground(page);
  await expect(region.getByRole('button', {name: 'Start playground'})).toBeVisible();
  expect(requested.filter((p) => p.includes('/sqljs/') || p.endsWith('.wasm'))).toEqual([]);
  expect(scripts.size).toBeGreaterThan(0);
  // The engine's code, sql.js's, the rules' (the page may name the worker's file, not load it).
  const heavy = [...scripts].filter(([, js]) => js.includes('The SQL engine crashed') || js.includes('iterateStatements') || js.includes('DOTENV_CONFIG_'));
  expect(heavy.map(([path]) => path)).toEqual([]);

  const loadedBefore = new Set(scripts.keys());
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
  const chunks = [...scripts].filter(([p]) => !loadedBefore.has(p) && p.startsWith('/assets/js/'));
  expect(chunks.some(([, js]) => js.includes('The SQL engine crashed'))).toBe(true);
  // Each fetched once, by the worker the click started.
  expect([...new Set(requested.filter((p) => p.includes('/sqljs/')).map((p) => p.split('/').pop()))].sort()).toEqual(['playground-worker.js', 'sql-wasm.wasm']);
});

for (const [file, why] of [
  ['sql-wasm.wasm', 'sql-wasm.wasm could not be fetched (HTTP 404)'],
  ['playground-worker.js', 'its worker script failed to load or run'],
]) {
  test(`an engine that cannot load ${file} says why, and the playground still opens`, async ({page}) => {
    await page.route(`**/${file}`, (route) => route.fulfill({status: 404, body: 'gone'}));
    await openHydrated(page, ELOQUENT_PAGE);
    const region = playground(page);
    await region.getByRole('button', {name: 'Start playground'}).click();
    await expect(region.getByRole('alert')).toHaveText(`The SQL engine did not start: ${why}`);
    await expect(region.getByRole('table', {name: 'Model routing'})).toBeVisible();
    await expect(region.getByRole('table', {name: 'Results'})).toHaveCount(0);
  });
}

test('a slow start says "Loading…" on the button, and a second press starts nothing more', async ({page}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.route('**/sql-wasm.wasm', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await openHydrated(page, ELOQUENT_PAGE);
  const region = playground(page);
  await region.getByRole('button', {name: 'Start playground'}).dblclick();
  await expect(region.getByRole('button', {name: 'Loading…'})).toBeDisabled();
  await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
  expect(workers).toHaveLength(1);
});

test("bad SQL shows SQLite's message and changes nothing", async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await runSql(region, "INSERT INTO users (name) VALUES ('ghost'); SELEC 1;");
  await expect(region.getByRole('alert')).toHaveText('SQLite: near "SELEC": syntax error. Nothing was changed.');
  await runSql(region, 'SELECT count(*) AS n FROM users;');
  expect(await resultRows(region)).toEqual([['0']]);
  await runSql(region, 'SELECT * FROM no_such_table;');
  await expect(region.getByRole('alert')).toContainText('no such table: no_such_table');
});

test('Stop ends a runaway query; the page keeps responding and the databases come back', async ({page}) => {
  test.slow(); // waits for a query that never ends on its own
  const {region, wasmFetches} = await startWithOneUser(page);

  await region.getByRole('textbox', {name: 'SQL'}).fill(`INSERT INTO users (name) VALUES ('written just before'); ${RUNAWAY_SQL}`);
  await region.getByRole('button', {name: 'Run', exact: true}).click();
  const stop = region.getByRole('button', {name: 'Stop'});
  await expect(stop).toBeEnabled();
  await expect(region.getByText('Running…')).toBeVisible();

  // The query runs in the worker: the page still reacts while it does.
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await expect(cliCell(region, 'User')).toContainText('sqlite_test');
  await region.getByRole('checkbox', {name: 'Test mode'}).uncheck();
  await expect(cliCell(region, 'User')).toContainText('mysql');
  await expect(region.getByText('Running…')).toBeVisible();

  await stop.click();
  await expect(region.getByRole('alert')).toContainText('Stopped. The SQL engine was restarted and every database is back as it was before this statement.');
  await expect(stop).toBeDisabled();
  expect(await namesOn(region, 'mysql')).toEqual(['User 1']);
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created User 2/})).toContainText('row 2 of users');
  // The new worker got the wasm the first one compiled.
  expect(wasmFetches).toHaveLength(1);
});

test('a disabled Stop looks disabled in both colour modes, not like a red button to press', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await expect(region.getByRole('button', {name: 'Stop'})).toBeDisabled();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect((await page.evaluate(readerFindings)).activeLookingDisabled, colorScheme).toEqual([]);
  }
});

test('a runaway query is stopped by the time limit, and the page responds meanwhile', async ({page}) => {
  test.slow(); // waits for a query that never ends on its own
  const {region, wasmFetches} = await startWithOneUser(page);
  await region.getByRole('textbox', {name: 'SQL'}).fill(`DELETE FROM users; ${RUNAWAY_SQL}`);
  await region.getByRole('button', {name: 'Run', exact: true}).click();
  await expect(region.getByText('Running…')).toBeVisible();

  const envBox = region.getByRole('textbox', {name: '.env'});
  await region.getByRole('combobox', {name: 'User static connectionName'}).selectOption('');
  await envBox.fill((await envBox.inputValue()).replace('DB_CONNECTION=sqlite', 'DB_CONNECTION=pg'));
  await expect(cliCell(region, 'User')).toContainText('DB_CONNECTION=pg');

  await expect(region.getByRole('alert')).toContainText('Stopped after 5 s: the statement was still running.', {timeout: 20_000});
  await expect(region.getByRole('status').filter({hasText: 'SQL engine restarted (time limit)'})).toBeVisible();
  expect(await namesOn(region, 'mysql')).toEqual(['User 1']);
  expect(wasmFetches).toHaveLength(1);
});

test('a huge result shows its first rows and how many there are', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await runSql(region, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250000) SELECT i, printf('row %d', i) AS label FROM n;");
  await expect(region.getByRole('status').filter({hasText: 'Showing the first 100 of 250,000 rows, from mysql'})).toBeVisible();
  const rows = await resultRows(region);
  expect(rows).toHaveLength(100);
  expect(rows[99]).toEqual(['100', 'row 100']);
  await runSql(region, "SELECT printf('%.*c', 1000000, 'x') AS wide;");
  expect((await resultRows(region))[0][0]).toMatch(/^x{300}… \(1000000 characters\)$/);
});

test.describe('pasting', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  test('a huge paste is refused with a message, and nothing is pasted', async ({page}) => {
    const region = await startPlayground(page, ELOQUENT_PAGE);
    const sqlBox = region.getByRole('textbox', {name: 'SQL'});
    const before = await sqlBox.inputValue();
    await page.evaluate((text) => navigator.clipboard.writeText(text), `SELECT '${'z'.repeat(60_000)}';`);
    await sqlBox.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(region.getByRole('alert')).toContainText('Paste refused: it would make the SQL 60,');
    await expect(sqlBox).toHaveValue(before);

    const envBox = region.getByRole('textbox', {name: '.env'});
    const env = await envBox.inputValue();
    await page.evaluate((text) => navigator.clipboard.writeText(text), `X=${'y'.repeat(30_000)}`);
    await envBox.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(region.getByRole('alert').filter({hasText: '.env'})).toContainText('at most 20,000');
    await expect(envBox).toHaveValue(env);

    // A normal paste still works.
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'SELECT 42 AS answer;');
    await sqlBox.fill('');
    await sqlBox.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(sqlBox).toHaveValue('SELECT 42 AS answer;');
  });
});

test('Share puts the setup in the link, and the link brings it back', async ({page, context}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  const edited = `${(await envBox.inputValue()).replace('DB_CONNECTION=sqlite', 'DB_CONNECTION=pg')}# shared: café ✓\n`;
  await envBox.fill(edited);
  await region.getByRole('combobox', {name: 'User static connectionName'}).selectOption('');
  await region.getByRole('combobox', {name: 'GeoLocation constructor connection'}).selectOption('mongo_test');
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await region.getByRole('button', {name: 'Share'}).click();
  await expect(page).toHaveURL(/#playground=1\./);
  const link = page.url();
  await expect(region.getByRole('textbox', {name: 'Share link'})).toHaveValue(link);

  const other = await context.newPage();
  await openHydrated(other, link);
  const restored = playground(other);
  await expect(restored.getByRole('status')).toHaveText(
    "A shared playground setup is waiting in this page's link: open it, or start the playground without it.",
  );
  await restored.getByRole('button', {name: 'Open the shared setup'}).click();
  await expect(restored.getByRole('textbox', {name: '.env'})).toHaveValue(edited);
  await expect(restored.getByRole('combobox', {name: 'User static connectionName'})).toHaveValue('');
  await expect(restored.getByRole('combobox', {name: 'GeoLocation constructor connection'})).toHaveValue('mongo_test');
  await expect(restored.getByRole('checkbox', {name: 'Test mode'})).toBeChecked();
  await expect(cliCell(restored, 'User')).toContainText('DB_TEST_CONNECTION');
  await expectRoute(restored, 'GeoLocation', 'mongo_test', 'The constructor passes "mongo_test"');
  await expect(restored.getByRole('status').filter({hasText: 'Opened the setup from the link.'})).toBeVisible();
});

test('a link carrying markup shows it as text and runs nothing', async ({page}) => {
  const markup = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  const hash = encodeLinkState({
    preset: 'eloquent-1.1',
    env: `DB_CONNECTION=${markup}\nNOTE="<b>bold?</b>"\n`,
    pins: {User: '<svg onload="window.__pwned=3">', GeoLocation: null},
    test: false,
  });
  await openHydrated(page, `${ELOQUENT_PAGE}#${hash}`);
  const region = playground(page);
  await region.getByRole('button', {name: 'Open the shared setup'}).click();
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(`DB_CONNECTION=${markup}\nNOTE="<b>bold?</b>"\n`);
  await expect(region.getByRole('status', {name: 'Warnings'})).toContainText(`DB_CONNECTION=${markup} is not a connection name`);
  await expect(region.getByRole('status').filter({hasText: 'Pins ignored (no such model or connection here): User.'})).toBeVisible();
  await expect(region.getByRole('combobox', {name: 'User static connectionName'})).toHaveValue('mysql');
  await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
  expect(await region.locator('img, script, svg, b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
});

test('a damaged link is refused with a message, and the preset is shown', async ({page}) => {
  await openHydrated(page, `${ELOQUENT_PAGE}#playground=1.bm90IGpzb24`);
  const region = playground(page);
  await region.getByRole('button', {name: 'Open the shared setup'}).click();
  await expect(region.getByRole('alert')).toContainText("The link is damaged: its setup cannot be decoded. Showing the guide's preset instead.");
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(/DB_CONNECTION=sqlite\n/);
});

test("Reset returns to the guide's preset and empties the databases", async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  const preset = await envBox.inputValue();
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created User 1/})).toBeVisible();
  await envBox.fill('DB_CONNECTION=pg\n');
  await region.getByRole('combobox', {name: 'User constructor connection'}).selectOption('');
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await region.getByRole('button', {name: 'Share'}).click();
  await expect(page).toHaveURL(/#playground=/);

  await region.getByRole('button', {name: 'Reset to the example'}).click();
  await expect(envBox).toHaveValue(preset);
  await expect(region.getByRole('combobox', {name: 'User constructor connection'})).toHaveValue('mysql');
  await expect(region.getByRole('checkbox', {name: 'Test mode'})).not.toBeChecked();
  await expect(page).not.toHaveURL(/#playground=/);
  await expect(region.getByRole('status').filter({hasText: "Back to the guide's preset"})).toBeVisible();
  expect(await namesOn(region, 'mysql')).toEqual([]);
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created User 1/})).toContainText('row 1 of users');
});

test('Download database saves the connection’s database as a SQLite file', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created User 1/})).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', {name: 'Download database'}).click()]);
  expect(download.suggestedFilename()).toBe('mysql-eloquent_app.sqlite');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  expect(bytes.includes(Buffer.from('User 1'))).toBe(true);

  await chooseConsole(region, 'mongo');
  await region.getByRole('button', {name: 'Create GeoLocation'}).click();
  const [json] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', {name: 'Download database'}).click()]);
  expect(json.suggestedFilename()).toBe('mongo-eloquent_app.json');
  expect(JSON.parse(fs.readFileSync(await json.path(), 'utf8')).geolocations[0].name).toBe('Place 1');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the started playground has no serious axe violation in ${colorScheme} mode`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    const region = await startPlayground(page, ELOQUENT_PAGE);
    await region.getByRole('combobox', {name: 'User constructor connection'}).selectOption('mongo');
    await region.getByRole('button', {name: 'Create User'}).click();
    await expect(region.getByRole('alert')).toBeVisible();
    expect(await axeViolations(page, {include: 'main section'})).toEqual([]);
  });
}

test.describe('on a 375 px phone', () => {
  test.use({viewport: {width: 375, height: 800}, isMobile: true, hasTouch: true});

  test('the started playground does not scroll the page sideways; its tables scroll in their own box', async ({page}) => {
    const region = await startPlayground(page, ELOQUENT_PAGE);
    await runSql(region, "SELECT 'a rather long value to widen the table' AS first, 'and another one' AS second, 3 AS third, 4 AS fourth;");
    await chooseConsole(region, 'mysql');
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await region.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  });
});
