import {test, expect, type BrowserContext, type Locator, type Page, type Request} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {listExampleFiles} from '../../tools/standaloneExample.mjs';
import {readExample} from '../../tools/examples.mjs';
import {LAUNCH_CHUNK, axeViolations, horizontalOverflow} from './support/page-gates';
import {guidePaths, openHydrated} from '../../tools/site.mjs';

// The StackBlitz launcher on the built site. StackBlitz itself is the only thing stubbed: its
// `/run` endpoint is answered by a page that performs the SDK's handshake, or the request is
// aborted as if the network were down.

/** Every page that launches an example, the example, and the file the page is about. */
const launchers = [
  {url: '/eloquent/multi-connection-strategy', example: 'eloquent-multi-connection', open: 'src/models.ts'},
  {url: '/eloquent/1.0/multi-connection-strategy', example: 'eloquent-multi-connection-1.0', open: 'src/models.ts'},
  {url: '/nestjs-query/', example: 'nestjs-multi-db', open: 'src/app.module.ts'},
  {url: '/nestjs-query/multiple-databases', example: 'nestjs-multi-db', open: 'src/app.module.ts'},
  {url: '/nestjs-query/multi-tenant', example: 'nestjs-multi-tenant', open: 'src/tenancy/tenant-data-sources.ts'},
  {url: '/nestjs-query/0.30/', example: 'nestjs-multi-db-legacy', open: 'src/app.module.ts'},
  {url: '/nestjs-query/0.30/multiple-databases', example: 'nestjs-multi-db-legacy', open: 'src/app.module.ts'},
  // The upgrade pages show both apps, and launch both.
  {url: '/nestjs-query/upgrading-from-nestjs-11', example: 'nestjs-multi-db-nest11', open: 'package.json'},
  {url: '/nestjs-query/upgrading-from-nestjs-11', example: 'nestjs-multi-db', open: 'package.json'},
  {url: '/nestjs-query/nestjs-11/upgrading-from-0.30', example: 'nestjs-multi-db-legacy', open: 'package.json'},
  {url: '/nestjs-query/nestjs-11/upgrading-from-0.30', example: 'nestjs-multi-db-nest11', open: 'package.json'},
  {url: '/nestjs-query/upgrading-from-nestjs-11', example: 'nestjs-cross-db', open: 'test/injection.e2e-spec.ts'},
  // The NestJS 11 line launches its own copies of the examples.
  {url: '/nestjs-query/nestjs-11/', example: 'nestjs-multi-db-nest11', open: 'src/app.module.ts'},
  {url: '/nestjs-query/nestjs-11/multiple-databases', example: 'nestjs-multi-db-nest11', open: 'src/app.module.ts'},
  {url: '/nestjs-query/nestjs-11/migrations', example: 'nestjs-multi-db-nest11', open: 'src/database/migrations.config.ts'},
  {url: '/nestjs-query/nestjs-11/testing', example: 'nestjs-multi-db-nest11', open: 'test/app.e2e-spec.ts'},
  {url: '/nestjs-query/nestjs-11/transactions', example: 'nestjs-cross-db-nest11', open: 'src/secret/secret-batch.service.ts'},
  {url: '/nestjs-query/nestjs-11/data-across-databases', example: 'nestjs-cross-db-nest11', open: 'src/outbox/outbox-relay.service.ts'},
  {url: '/nestjs-query/nestjs-11/injecting-connections', example: 'nestjs-cross-db-nest11', open: 'src/app.module.ts'},
  {url: '/nestjs-query/nestjs-11/multi-tenant', example: 'nestjs-multi-tenant-nest11', open: 'src/tenancy/tenant-data-sources.ts'},
  {url: '/nestjs-query/migrations', example: 'nestjs-multi-db', open: 'src/database/migrations.config.ts'},
  {url: '/nestjs-query/0.30/migrations', example: 'nestjs-multi-db-legacy', open: 'ormconfig.ts'},
  {url: '/nestjs-query/testing', example: 'nestjs-multi-db', open: 'test/app.e2e-spec.ts'},
  {url: '/nestjs-query/read-replicas', example: 'nestjs-multi-db', open: 'src/database/replication.ts'},
  {url: '/nestjs-query/0.30/testing', example: 'nestjs-multi-db-legacy', open: 'test/app.e2e-spec.ts'},
  {url: '/nestjs-query/transactions', example: 'nestjs-cross-db', open: 'src/secret/secret-batch.service.ts'},
  {url: '/nestjs-query/data-across-databases', example: 'nestjs-cross-db', open: 'src/outbox/outbox-relay.service.ts'},
  {url: '/nestjs-query/injecting-connections', example: 'nestjs-cross-db', open: 'src/app.module.ts'},
  // The troubleshooting pages launch the example whose mistakes they show.
  {url: '/eloquent/troubleshooting-multi-connection-strategy', example: 'eloquent-multi-connection', open: 'src/models.ts'},
  {url: '/eloquent/1.0/troubleshooting-multi-connection-strategy', example: 'eloquent-multi-connection-1.0', open: 'src/models.ts'},
  {url: '/nestjs-query/troubleshooting-multi-tenant', example: 'nestjs-multi-tenant', open: 'src/tenancy/tenant-data-sources.ts'},
  {url: '/nestjs-query/nestjs-11/troubleshooting-multi-tenant', example: 'nestjs-multi-tenant-nest11', open: 'src/tenancy/tenant-data-sources.ts'},
  {url: '/nestjs-query/troubleshooting-multiple-databases', example: 'nestjs-multi-db', open: 'src/app.module.ts'},
  {url: '/nestjs-query/nestjs-11/troubleshooting-multiple-databases', example: 'nestjs-multi-db-nest11', open: 'src/app.module.ts'},
  {url: '/nestjs-query/0.30/troubleshooting-multiple-databases', example: 'nestjs-multi-db-legacy', open: 'src/app.module.ts'},
  {url: '/nestjs-query/health-checks', example: 'nestjs-multi-db', open: 'src/health/health.controller.ts'},
  {url: '/nestjs-query/pools-and-limits', example: 'nestjs-multi-db', open: 'src/database/pool-options.ts'},
  {url: '/nestjs-query/shutdown', example: 'nestjs-multi-db', open: 'src/main.ts'},
  {url: '/nestjs-query/migrations-across-instances', example: 'nestjs-multi-db', open: 'src/database/migrate-with-lock.ts'},
];

// What StackBlitz's embed page does for the SDK: answer SDK_INIT with a port.
const STUB = `<!doctype html><html lang="en"><title>StackBlitz stub</title><script>
addEventListener('message', (event) => {
  if (event.data && event.data.action === 'SDK_INIT') {
    const channel = new MessageChannel();
    event.source.postMessage({action: 'SDK_INIT_SUCCESS', id: event.data.id, payload: {}}, '*', [channel.port2]);
  }
});
</script><p>StackBlitz stub</p></html>`;

async function stubStackBlitz(target: Page | BrowserContext, body = STUB): Promise<void> {
  await target.route('https://stackblitz.com/**', (route) => route.fulfill({status: 200, contentType: 'text/html', body}));
}

async function cutOffStackBlitz(target: Page | BrowserContext): Promise<void> {
  await target.route('https://stackblitz.com/**', (route) => route.abort('internetdisconnected'));
}

const isRunPost = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === '/run';
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

/** The project StackBlitz received: the fields of the urlencoded form, newlines normalised. */
function postedProject(request: Request) {
  const form = new URLSearchParams(request.postDataBuffer()?.toString('utf8') ?? '');
  const files: Record<string, string> = {};
  for (const [key, value] of form) {
    const file = /^project\[files\]\[(.+)\]$/.exec(key)?.[1];
    if (file) files[file.replace(/%5B/g, '[').replace(/%5D/g, ']')] = lf(value);
  }
  return {files, template: form.get('project[template]'), title: form.get('project[title]'), url: new URL(request.url())};
}

/** The example folder as committed, read from disk. */
function exampleOnDisk(example: string): Record<string, string> {
  const dir = path.join('examples', example);
  return Object.fromEntries(listExampleFiles(dir).map((file) => [file, lf(fs.readFileSync(path.join(dir, file), 'utf8'))]));
}

const launcherOf = (page: Page, example: string): Locator => page.getByRole('region', {name: `Run ${example} in StackBlitz`});

function expectExactlyTheExample(posted: ReturnType<typeof postedProject>, example: string, open: string): void {
  const onDisk = exampleOnDisk(example);
  expect(Object.keys(onDisk)).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', open]));
  expect(Object.keys(onDisk).filter((f) => /(^|\/)(node_modules|dist|build)\//.test(f))).toEqual([]);
  expect(Object.keys(posted.files).sort()).toEqual(Object.keys(onDisk).sort());
  for (const [file, text] of Object.entries(onDisk)) expect(posted.files[file], file).toBe(text);
  expect(posted.template).toBe('node');
  expect(posted.title).toBe(readExample(path.join('examples', example)).description.title);
  expect(posted.url.searchParams.getAll('file')).toEqual([open]);
  expect(posted.url.searchParams.get('startScript')).toBe('start');
}

// What is posted depends only on the example and the file it opens, so each example is launched
// both ways once; every page is checked for the launchers it shows and the file each opens.
const oneLauncherPerExample = [...new Map([...launchers].reverse().map((launcher) => [launcher.example, launcher])).values()];

for (const {url, example, open} of oneLauncherPerExample) {
  test.describe(`${url} launches examples/${example}`, () => {
    test('running it in the page posts exactly the example, with the lesson file open', async ({page}) => {
      await stubStackBlitz(page);
      await openHydrated(page, url);
      const launcher = launcherOf(page, example);
      const post = page.waitForRequest(isRunPost);
      await launcher.getByRole('button', {name: 'Run in this page'}).click();
      const request = await post;
      expectExactlyTheExample(postedProject(request), example, open);
      expect(postedProject(request).url.searchParams.get('embed')).toBe('1');
      await expect(launcher.getByTitle(`StackBlitz sandbox: ${example}`)).toBeVisible();
      await expect(launcher.getByRole('status')).toHaveText(/StackBlitz is running the example below/);
    });

    test('opening it in a new tab posts the same project there', async ({page, context}) => {
      await stubStackBlitz(context);
      await openHydrated(page, url);
      const post = context.waitForEvent('request', isRunPost);
      const popup = page.waitForEvent('popup');
      await launcherOf(page, example).getByRole('button', {name: 'Open in a new tab'}).click();
      const request = await post;
      // The form was posted by a new tab, not by this page (which has no frame either).
      expect(request.isNavigationRequest()).toBe(true);
      await expect(await popup).toHaveURL(/^https:\/\/stackblitz\.com\/run\?/);
      expectExactlyTheExample(postedProject(request), example, open);
      expect(postedProject(request).url.searchParams.get('embed')).toBeNull();
      await expect(launcherOf(page, example).getByRole('status')).toHaveText(/Opened in a new tab/);
      await expect(page.locator('iframe')).toHaveCount(0);
    });
  });
}

// From the HTML as served: which launchers a guide shows does not depend on its scripts, and
// that no launcher code loads before a click is a page gate (support/page-gates.ts).
test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  for (const url of guidePaths()) {
    test(`${url}: launches the examples whose snippets it shows`, async ({page}) => {
      await page.goto(url);
      const shown = await page
        .locator('.theme-code-block')
        .evaluateAll((blocks) => blocks.map((b) => /^examples\/([^/]+)\/./.exec(b.firstElementChild?.textContent ?? '')?.[1]).filter((x): x is string => !!x));
      const launched = await page
        .getByRole('region', {name: /^Run .+ in StackBlitz$/})
        .evaluateAll((regions) => regions.map((r) => /^Run (.+) in StackBlitz$/.exec(r.getAttribute('aria-label') ?? '')?.[1]));
      // Exactly the launchers listed above for this page (none for a page not listed), and among
      // them every example whose snippets it shows.
      const listed = launchers.filter((l) => l.url === url);
      expect(launched.sort()).toEqual(listed.map((l) => l.example).sort());
      expect(launched).toEqual(expect.arrayContaining([...new Set(shown)]));
      for (const {example, open} of listed) {
        const facts = launcherOf(page, example);
        await expect(facts.locator('code').first()).toHaveText(`examples/${example}`);
        await expect(facts.getByRole('definition').nth(1)).toHaveText(open);
      }
    });
  }
});

test('a click loads the SDK and only the example it launches (sizes are reported)', async ({page}) => {
  const {url, example} = launchers[2];
  await stubStackBlitz(page);
  await openHydrated(page, url);
  await page.waitForLoadState('networkidle');
  const loaded: {url: string; raw: number; gzip: number}[] = [];
  page.on('response', async (response) => {
    if (!LAUNCH_CHUNK.test(response.url())) return;
    const body = await response.body();
    loaded.push({url: response.url(), raw: body.length, gzip: zlib.gzipSync(body, {level: 9}).length});
  });
  await launcherOf(page, example).getByRole('button', {name: 'Run in this page'}).click();
  await expect(launcherOf(page, example).getByRole('status')).toHaveText(/StackBlitz is running the example below/);
  await expect
    .poll(() => loaded.map((l) => path.basename(l.url).replace(/\.[0-9a-f]+\.js$/, '')).sort())
    .toEqual([`example-${example}-json`, 'stackblitz-sdk']);
  for (const l of loaded) test.info().annotations.push({type: 'after click', description: `${path.basename(l.url)}: ${l.raw} B raw, ${l.gzip} B gzip`});
});

test('one sandbox at a time: launching again replaces it, a new tab or the close button ends it', async ({page, context}) => {
  const {url, example} = launchers[0];
  await stubStackBlitz(context);
  await openHydrated(page, url);
  const launcher = launcherOf(page, example);
  const run = async () => {
    await launcher.getByRole('button', {name: 'Run in this page'}).click();
    await expect(launcher.getByRole('status')).toHaveText(/StackBlitz is running the example below/);
    await expect(page.locator('iframe')).toHaveCount(1);
  };
  let posts = 0;
  page.on('request', (request) => void (isRunPost(request) && posts++));
  await run();
  await run();
  expect(posts).toBe(2);

  const popup = page.waitForEvent('popup');
  await launcher.getByRole('button', {name: 'Open in a new tab'}).click();
  await popup;
  await expect(page.locator('iframe')).toHaveCount(0);

  await run();
  await launcher.getByRole('button', {name: 'Close the sandbox'}).click();
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(launcher.getByRole('button', {name: 'Close the sandbox'})).toHaveCount(0);
});

test('two launchers on one page: starting the second closes the first', async ({page}) => {
  const [older, newer] = launchers.filter((l) => l.url === '/nestjs-query/upgrading-from-nestjs-11');
  await stubStackBlitz(page);
  await openHydrated(page, older.url);
  await launcherOf(page, older.example).getByRole('button', {name: 'Run in this page'}).click();
  await expect(launcherOf(page, older.example).getByTitle(`StackBlitz sandbox: ${older.example}`)).toBeVisible();
  await launcherOf(page, newer.example).getByRole('button', {name: 'Run in this page'}).click();
  await expect(launcherOf(page, newer.example).getByTitle(`StackBlitz sandbox: ${newer.example}`)).toBeVisible();
  await expect(page.locator('iframe')).toHaveCount(1);
  await expect(launcherOf(page, older.example).getByRole('status')).toHaveText('Closed: another sandbox was started on this page.');
});

test.describe('when StackBlitz cannot be reached', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  for (const {url, example} of [launchers[0], launchers[4]]) {
    test(`${url}: the reader gets the local commands instead, and the page stays usable`, async ({page}) => {
      await cutOffStackBlitz(page);
      await openHydrated(page, url);
      const launcher = launcherOf(page, example);
      const clicked = Date.now();
      await launcher.getByRole('button', {name: 'Run in this page'}).click();
      const alert = launcher.getByRole('alert');
      await expect(alert).toContainText('StackBlitz could not be reached');
      test.info().annotations.push({type: 'click to fallback', description: `${Date.now() - clicked} ms`});
      await expect(page.locator('iframe')).toHaveCount(0);

      const blocks = alert.locator('.theme-code-block');
      await expect(blocks).toHaveText([/npm ci/, /npm start/]);
      await expect(alert).toContainText(`examples/${example}`);
      // The Node versions come from the example's package.json.
      const {engines} = JSON.parse(fs.readFileSync(path.join('examples', example, 'package.json'), 'utf8'));
      if (engines?.node) await expect(alert).toContainText(`(Node ${engines.node})`);
      await blocks.first().hover();
      await blocks.first().getByRole('button', {name: /copy/i}).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('npm ci');

      await alert.getByRole('button', {name: 'Try again'}).click();
      await expect(alert).toContainText('StackBlitz could not be reached');
      await launcher.getByRole('button', {name: 'Open in a new tab'}).click();
      await expect(launcher.getByRole('alert')).toContainText('StackBlitz could not be reached');

      // The rest of the page still works: its own navigation, for one.
      await page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Multi-Database Handbook'}).first().click();
      await page.waitForURL((target) => target.pathname === '/');
      await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    });
  }

  test('offline, the launcher says so at once without trying, and runs once back online', async ({page, context}) => {
    const {url, example} = launchers[0];
    await openHydrated(page, url);
    const launcher = launcherOf(page, example);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await context.setOffline(true);
    await launcher.getByRole('button', {name: 'Run in this page'}).click();
    await expect(launcher.getByRole('alert')).toContainText('You are offline');
    await expect(launcher.getByRole('alert').locator('.theme-code-block')).toHaveText([/npm ci/, /npm start/]);
    expect(requested).toEqual([]);

    await context.setOffline(false);
    await stubStackBlitz(page);
    await launcher.getByRole('alert').getByRole('button', {name: 'Try again'}).click();
    await expect(launcher.getByRole('status')).toHaveText(/StackBlitz is running the example below/);
    await expect(launcher.getByRole('alert')).toHaveCount(0);
  });

  test('a StackBlitz that never answers gets the local commands after a few seconds, and the frame stays', async ({page}) => {
    const {url, example} = launchers[0];
    await page.clock.install();
    await stubStackBlitz(page, '<!doctype html><title>Blocked by a proxy</title><p>Access denied</p>');
    await openHydrated(page, url);
    const launcher = launcherOf(page, example);
    await launcher.getByRole('button', {name: 'Run in this page'}).click();
    await expect(launcher.getByTitle(`StackBlitz sandbox: ${example}`)).toBeVisible();
    await expect(launcher).not.toContainText('has not answered yet');
    await page.clock.runFor(5_000);
    await expect(launcher).toContainText('StackBlitz has not answered yet');
    await expect(launcher.locator('.theme-code-block')).toHaveText([/npm ci/, /npm start/]);
    await page.clock.runFor(10_000);
    await expect(launcher.getByTitle(`StackBlitz sandbox: ${example}`)).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the launcher and its fallback pass axe in ${colorScheme} mode, and fit 375 px`, async ({page}) => {
      const {url, example} = launchers[2];
      await page.setViewportSize({width: 375, height: 800});
      await page.emulateMedia({colorScheme});
      await cutOffStackBlitz(page);
      await openHydrated(page, url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const launcher = launcherOf(page, example);
      await launcher.getByRole('button', {name: 'Run in this page'}).click();
      await expect(launcher.getByRole('alert')).toBeVisible();
      expect(await axeViolations(page, {include: 'section[aria-label$=" in StackBlitz"]'})).toEqual([]);
      expect(await horizontalOverflow(page)).toBe(0);
      const box = (await launcher.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    });
  }
});
