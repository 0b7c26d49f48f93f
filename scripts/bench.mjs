// `npm run bench`: builds what it needs, measures the site, the playground and the examples side
// by side with a bare baseline built and served in the same run (so the ratios survive a noisy,
// shared machine), prints a table with the goals, and writes bench/results.json.
//
// bench/results.json is one flat object of numbers. Its keys (a key is left out only when its
// part could not be measured, and the table says why):
//
//   JavaScript a reader's browser downloads on first load, before any click (every .js response,
//   prefetches included, gzip level 6 of the served bytes, KB = 1024 bytes, 1280x720 viewport):
//     guideJsGzipKB                     the heaviest guide page
//     bareJsGzipKB                      a plain Docusaurus docs page (bench/work/bare, same version,
//                                       same preset, same `future` flags, built in this run)
//     guideJsRatio                      guideJsGzipKB / bareJsGzipKB                 goal <= 1.10
//     pages.<path>.jsGzipKB             each guide page
//     pages.<path>.jsPrefetchGzipKB     the part of it only prefetched for the page's links (never
//                                       run as a <script>)
//     guideJsRunGzipKB, bareJsRunGzipKB the heaviest page without those prefetches, and the bare
//   Playground, from the click on "Start playground" to the first query result in the page
//   (median of the rounds; the bare page starts sql.js's own worker.sql-wasm.js, served by the
//   same server with the same headers, and runs the same schema and query). Cold = new browser
//   context, warm = the same context opening the page again. The page with the worst cold ratio
//   is shown:
//     playgroundFirstResultMs, bareSqljsFirstResultMs, playgroundRatio            goal <= 1.3
//     playgroundFirstResultWarmMs, bareSqljsFirstResultWarmMs, playgroundWarmRatio  goal <= 1.3
//     pages.<path>.playgroundFirstResultMs (and ...WarmMs, .bareSqljsFirstResultMs, ...WarmMs),
//     for each page whose playground starts on a schema and query no page before it did
//   A runaway query (endless WITH RECURSIVE) in the playground, median of the rounds:
//     runawayLongestTaskMs              longest main-thread task (Chrome trace, RunTask) while
//                                       it runs for RUNAWAY_WINDOW_MS                 goal <= 50
//     runawayLongestTaskCpuMs           the most CPU time one of those tasks took (the wall time
//                                       above includes waits for a CPU on a busy machine)
//     quickQueryLongestTaskMs           the same window after `SELECT 1` (its baseline)
//     stopMs                            click on Stop -> a new query's result is in the page
//     stopLongestTaskMs                 longest main-thread task during that
//   Builds (`docusaurus build` of a copy of the working tree in bench/work/site: cold = no
//   .docusaurus and no cache, warm = the same again; median of BUILD_ROUNDS), next to the bare
//   site's:
//     buildColdS, buildWarmS, bareBuildColdS, bareBuildWarmS
//   Every example with an app (examples/<name>/src/main.ts), on its default sql.js databases:
//     examples.<name>.bootMs            `npm start` -> GET /health answers 200 with every
//                                       connection ok (median of BOOT_ROUNDS starts)
//     examples.<name>.graphqlP50Ms      one GraphQL query reading both connections,
//     examples.<name>.graphqlP95Ms      200 sequential requests (after 10 not counted)
//   Lighthouse 13 (mobile preset, simulated throttling), median of BENCH_LIGHTHOUSE_RUNS per page:
//     lighthousePerformance             the lowest guide page                         goal >= 95
//     lighthouseAccessibility           the lowest guide page                         goal = 100
//     pages.<path>.lighthousePerformance, .lighthouseAccessibility, .lcpMs, .tbtMs
//     bareLighthousePerformance, bareLighthouseAccessibility
//   guidePageCount, runtimeS
//
// The site is served by a small static server below, as a host would: gzip for text and wasm,
// HTML revalidated (no-cache + ETag), everything else cacheable for a year. Both sides of every
// comparison get the same server and the same headers.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium); BENCH_ROUNDS (playground rounds,
// default 5); BENCH_LIGHTHOUSE_RUNS (default 3); BENCH_ONLY=word,word runs the builds and only
// the parts whose title contains one of them (for work on this script; the rest is reported as
// skipped).
// Speed goals live here only, never in tests.
import {spawn, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import {createRequire} from 'node:module';
import net from 'node:net';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';
import {chromiumPath, ensureChromium, ensureDependencies, exampleDirs, root, step} from './setup.mjs';

const require = createRequire(import.meta.url);
const work = path.join(root, 'bench', 'work');
const resultsFile = path.join(root, 'bench', 'results.json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY?.toLowerCase().split(',');
const BUILD_ROUNDS = 2;
const BOOT_ROUNDS = 3;
const GRAPHQL_REQUESTS = 200;
const RUNAWAY_ROUNDS = 3;
const RUNAWAY_WINDOW_MS = 2000;
const RUNAWAY_SQL = 'WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) SELECT count(*) FROM forever;';
const GOALS = {guideJsRatio: 1.1, playgroundRatio: 1.3, runawayLongestTaskMs: 50, lighthousePerformance: 95, lighthouseAccessibility: 100};

const started = performance.now();
const results = {};
/** Parts that could not be measured: {part, why, failed} (failed = it exists but broke). */
const unmeasured = [];
const round1 = (n) => Math.round(n * 10) / 10;
const round2 = (n) => Math.round(n * 100) / 100;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const log = (message) => console.log(`  ${message}`);

/** Runs one part; a part that throws is reported (and makes the exit code 1), the others go on. */
async function part(name, fn) {
  step(`${name}...`);
  if (ONLY && !name.startsWith('Builds') && !ONLY.some((word) => name.toLowerCase().includes(word))) return missing(name, 'skipped (BENCH_ONLY)');
  const since = performance.now();
  try {
    await fn();
  } catch (error) {
    console.error(`\n!!! ${name} FAILED: ${error?.stack ?? error}\n`);
    unmeasured.push({part: name, why: String(error?.message ?? error).split('\n')[0], failed: true});
  }
  log(`(${name}: ${((performance.now() - since) / 1000).toFixed(1)} s)`);
}

function missing(name, why) {
  console.log(`  not measured: ${why}`);
  unmeasured.push({part: name, why, failed: false});
}

// ---------------------------------------------------------------------------------------------
// Builds: a copy of the working tree (what a clean clone has, plus files others have not
// committed yet), and the bare site. Building copies keeps .docusaurus, the caches and build/
// of the working tree untouched for whoever else is building there.

// Resolved when first needed: on a fresh clone, node_modules appears only once the script runs.
const docusaurusBin = () => path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');

function gitFiles(args) {
  const listed = spawnSync('git', ['ls-files', '-z', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((file) => file && !file.startsWith('bench/'));
}

/**
 * Copies the working tree's files (tracked, and new ones git does not ignore) to `target`, and
 * makes it a git checkout tracking what the working tree tracks, so build steps that ask git
 * (the examples manifest) see what they see in the working tree.
 */
function copyWorkingTree(target) {
  fs.rmSync(target, {recursive: true, force: true});
  fs.mkdirSync(target, {recursive: true});
  const copied = new Set();
  for (const file of gitFiles(['--cached', '--others', '--exclude-standard'])) {
    const source = path.join(root, file);
    if (!fs.statSync(source, {throwIfNoEntry: false})?.isFile()) continue; // deleted, or a link to a folder (node_modules)
    fs.mkdirSync(path.dirname(path.join(target, file)), {recursive: true});
    fs.copyFileSync(source, path.join(target, file));
    copied.add(file);
  }
  const tracked = gitFiles(['--cached']).filter((file) => copied.has(file));
  const git = (args, input) => {
    const out = spawnSync('git', args, {cwd: target, input, encoding: 'utf8'});
    if (out.status !== 0) throw new Error(`git ${args[0]} in ${target} failed: ${out.stderr}`);
  };
  git(['init', '-q']);
  git(['add', '-f', '--pathspec-from-file=-', '--pathspec-file-nul'], tracked.join('\0'));
  return copied.size;
}

function writeBareSite(dir) {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(path.join(dir, 'docs'), {recursive: true});
  // Same `future` flags as the site, taken from its config rather than copied by hand.
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.ts'),
    `// Generated by scripts/bench.mjs: a plain Docusaurus docs site, the baseline of the benchmark.
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import site from '../../../docusaurus.config';

const config: Config = {
  title: 'Bare docs',
  url: 'https://bare.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  future: site.future,
  presets: [['classic', {docs: {}, blog: false} satisfies Preset.Options]],
};

export default config;
`,
  );
  // A home page too, as the site has one (the navbar's title links to it).
  fs.mkdirSync(path.join(dir, 'src', 'pages'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'src', 'pages', 'index.md'), '# Bare docs\n\nRead [the docs page](/docs/intro).\n');
  fs.writeFileSync(
    path.join(dir, 'docs', 'intro.md'),
    `# A plain docs page

This page is what Docusaurus ships for one docs page with the classic preset and nothing else.
The benchmark compares the guide pages with it.

## A section

Some text, a [link](#a-section), a list:

- one
- two

\`\`\`ts title="example.ts"
export function add(a: number, b: number): number {
  return a + b;
}
\`\`\`
`,
  );
}

function build(siteDir) {
  const since = performance.now();
  const out = spawnSync(process.execPath, [docusaurusBin(), 'build', siteDir], {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
  if (out.status !== 0) throw new Error(`docusaurus build ${path.relative(root, siteDir)} failed:\n${out.stdout}\n${out.stderr}`);
  return (performance.now() - since) / 1000;
}

function sitemapPaths(buildDir) {
  const sitemap = fs.readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]).sort();
}

// ---------------------------------------------------------------------------------------------
// A static server, as a host would serve the build.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.wasm']);

/** The file a URL path maps to under `mounts` ([prefix, dir], longest prefix first), or null. */
function fileFor(mounts, urlPath) {
  for (const [prefix, dir] of mounts) {
    if (!urlPath.startsWith(prefix)) continue;
    const candidate = path.resolve(dir, `.${urlPath.slice(prefix.length - 1)}`);
    if (!candidate.startsWith(dir)) return null;
    for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
      if (fs.statSync(file, {throwIfNoEntry: false})?.isFile()) return file;
    }
    return null;
  }
  return null;
}

function startServer(mounts) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    let file = fileFor(mounts, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      file = fileFor(mounts, '/404.html');
      if (!file) return res.writeHead(404).end('Not found');
    }
    const ext = path.extname(file);
    let entry = cache.get(file);
    if (!entry) {
      const body = fs.readFileSync(file);
      entry = {body, gzip: COMPRESSIBLE.has(ext) ? zlib.gzipSync(body) : null, etag: `"${crypto.createHash('sha1').update(body).digest('hex').slice(0, 16)}"`};
      cache.set(file, entry);
    }
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': ext === '.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
      etag: entry.etag,
      vary: 'accept-encoding',
    };
    if (status === 200 && req.headers['if-none-match'] === entry.etag) return res.writeHead(304, headers).end();
    const gzip = entry.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gzip : entry.body;
    res.writeHead(status, {...headers, ...(gzip ? {'content-encoding': 'gzip'} : {}), 'content-length': body.length});
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({url, mounts, close: () => new Promise((done) => server.close(done))});
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Browser helpers (Debian's Chromium through Playwright).

/** Installed before any page script: click times, and when a "Results" table first has a row. */
function watchScript() {
  const bench = (window.__bench = {clicks: [], resultAt: undefined, probe: undefined, probeAt: undefined, worker: []});
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      bench.clicks.push({text: (button?.textContent ?? '').trim(), t: performance.now()});
    },
    true,
  );
  const nameOf = (table) =>
    table.getAttribute('aria-label') ||
    (table.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim() ||
    table.querySelector('caption')?.textContent?.trim();
  const resultsTables = () => [...document.querySelectorAll('table')].filter((t) => nameOf(t) === 'Results');
  const check = () => {
    const now = performance.now();
    const tables = resultsTables();
    if (bench.resultAt === undefined && tables.some((t) => t.querySelector('tr'))) bench.resultAt = now;
    if (bench.probe && bench.probeAt === undefined && tables.some((t) => [...t.querySelectorAll('td')].some((td) => td.textContent === bench.probe))) {
      bench.probeAt = now;
    }
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true, characterData: true});
}

/** Records what the page asks its Web Workers to do (to replay the same SQL on the bare page). */
function recordWorkerMessages() {
  const Base = window.Worker;
  window.Worker = class extends Base {
    postMessage(message, transfer) {
      try {
        const {type, key, schema, sql, params} = message ?? {};
        window.__bench?.worker.push({type, key, schema, sql, params});
      } catch {
        // not a message we can read
      }
      return super.postMessage(message, transfer);
    }
  };
}

async function newPage(browser, extraInit) {
  const context = await browser.newContext();
  await context.addInitScript(watchScript);
  if (extraInit) await context.addInitScript(extraInit);
  const page = await context.newPage();
  // Requests in flight, counted from the page's first request on.
  const net = {inflight: 0, last: performance.now()};
  const up = () => ((net.inflight += 1), (net.last = performance.now()));
  const down = () => ((net.inflight = Math.max(0, net.inflight - 1)), (net.last = performance.now()));
  page.on('request', up);
  page.on('requestfinished', down);
  page.on('requestfailed', down);
  networks.set(page, net);
  return {context, page};
}

const networks = new WeakMap();

/** Waits until no request has been in flight for `quietMs` (at most `maxMs`). */
async function networkQuiet(page, quietMs = 1000, maxMs = 15_000) {
  const net = networks.get(page);
  const until = performance.now() + maxMs;
  while (performance.now() < until) {
    if (net.inflight === 0 && performance.now() - net.last >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openHydrated(page, url) {
  await page.goto(url);
  await page.locator('html[data-has-hydrated="true"]').waitFor({timeout: 30_000});
}

// ---------------------------------------------------------------------------------------------
// 1. JavaScript on first load.

const gzipKB = (buffer) => zlib.gzipSync(buffer).length / 1024;

/** Every .js the page downloads on load (before any click), with its gzip size in KB. */
async function firstLoadJs(browser, server, urlPath) {
  const {context, page} = await newPage(browser);
  const urls = new Set();
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/\.m?js(\?|$)/.test(new URL(response.url()).pathname) || type.includes('javascript')) urls.add(response.url());
  });
  await openHydrated(page, server.url + urlPath);
  await networkQuiet(page, 1500);
  // Files run as <script> (the page needs them); the rest were only prefetched for its links.
  const ran = new Set(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script').map((e) => e.name)));
  await context.close();
  const chunks = [];
  for (const url of urls) {
    const {origin, pathname} = new URL(url);
    if (origin !== server.url) throw new Error(`${urlPath} downloads JavaScript from another origin: ${url}`);
    const file = fileFor(server.mounts, decodeURIComponent(pathname));
    if (!file) throw new Error(`${urlPath}: ${url} is not a file of the build`);
    chunks.push({file: path.basename(file), kb: gzipKB(fs.readFileSync(file)), prefetch: !ran.has(url)});
  }
  const sum = (list) => list.reduce((total, c) => total + c.kb, 0);
  return {kb: sum(chunks), prefetchKb: sum(chunks.filter((c) => c.prefetch)), chunks: chunks.sort((a, b) => b.kb - a.kb)};
}

/** What each JS chunk holds, from the generated route registry (for the report). */
function chunkNames(siteDir) {
  const names = new Map();
  const registry = path.join(siteDir, '.docusaurus', 'registry.js');
  if (!fs.existsSync(registry)) return names;
  for (const m of fs.readFileSync(registry, 'utf8').matchAll(/"([0-9a-f]{8})":\s*\[[^,]*,\s*"([^"]+)"/g)) names.set(m[1], m[2].replace(/^@site\//, ''));
  return names;
}

// ---------------------------------------------------------------------------------------------
// 2. Playground: first result, cold and warm, next to bare sql.js.

function writeBareSqljsPage(dir) {
  fs.rmSync(dir, {recursive: true, force: true});
  fs.mkdirSync(dir, {recursive: true});
  const dist = path.dirname(require.resolve('sql.js/dist/sql-wasm.js'));
  for (const file of ['worker.sql-wasm.js', 'sql-wasm.wasm']) fs.copyFileSync(path.join(dist, file), path.join(dir, file));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bare sql.js</title></head>
<body>
<main>
<h1>Bare sql.js</h1>
<button type="button" id="start">Start</button>
<div id="out"></div>
</main>
<script>
// Generated by scripts/bench.mjs. The job (schema, SQL, parameters) comes in the URL's hash.
const job = JSON.parse(decodeURIComponent(location.hash.slice(1)));
const out = document.getElementById('out');
document.getElementById('start').addEventListener('click', async () => {
  const worker = new Worker('worker.sql-wasm.js');
  const pending = new Map();
  let next = 0;
  worker.onmessage = (event) => {
    const entry = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.error) entry.reject(new Error(event.data.error));
    else entry.resolve(event.data);
  };
  const ask = (message) => new Promise((resolve, reject) => {
    const id = ++next;
    pending.set(id, {resolve, reject});
    worker.postMessage({...message, id});
  });
  try {
    await ask({action: 'open'});
    if (job.schema) await ask({action: 'exec', sql: job.schema});
    const {results} = await ask({action: 'exec', sql: job.sql, params: job.params});
    const result = results.at(-1) ?? {columns: [], values: []};
    const table = document.createElement('table');
    table.setAttribute('aria-label', 'Results');
    const head = table.createTHead().insertRow();
    for (const column of result.columns) head.appendChild(document.createElement('th')).textContent = column;
    const body = table.createTBody();
    for (const row of result.values) {
      const tr = body.insertRow();
      for (const value of row) tr.insertCell().textContent = value === null ? 'NULL' : String(value);
    }
    out.replaceChildren(table);
  } catch (error) {
    out.textContent = 'Error: ' + error.message;
  }
});
</script>
</body>
</html>
`,
  );
}

const playgroundRegion = (page) => page.getByRole('region', {name: 'Connection playground'});

async function playgroundOnce(page, url) {
  await page.goto('about:blank'); // a warm run navigates anew (a changed hash alone would not)
  await openHydrated(page, url);
  await networkQuiet(page, 500);
  const button = playgroundRegion(page).getByRole('button', {name: 'Start playground'});
  const text = ((await button.textContent()) ?? '').trim();
  await button.click();
  await page.waitForFunction(() => window.__bench.resultAt !== undefined, null, {timeout: 60_000}).catch(async () => {
    const said = await playgroundRegion(page).innerText().catch(() => '');
    throw new Error(`${url}: the playground showed no query result within 60 s after "Start playground". It says:\n${said.slice(0, 1500)}`);
  });
  return page.evaluate((label) => window.__bench.resultAt - window.__bench.clicks.find((c) => c.text === label).t, text);
}

async function bareOnce(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await networkQuiet(page, 500);
  await page.getByRole('button', {name: 'Start'}).click();
  await page.waitForFunction(() => window.__bench.resultAt !== undefined || /Error/.test(document.getElementById('out').textContent), null, {timeout: 60_000});
  const error = await page.locator('#out').textContent();
  if (/^Error/.test(error ?? '')) throw new Error(`the bare sql.js page failed: ${error}`);
  return page.evaluate(() => window.__bench.resultAt - window.__bench.clicks.find((c) => c.text === 'Start').t);
}

/** The SQL the playground ran for its first result: the schema of that database and the query. */
async function captureFirstQuery(browser, url) {
  const {context, page} = await newPage(browser, recordWorkerMessages);
  try {
    await playgroundOnce(page, url);
    const messages = await page.evaluate(() => window.__bench.worker);
    const exec = messages.find((m) => m.type === 'exec');
    if (!exec) throw new Error(`${url}: the playground showed a result without sending an "exec" to its worker (messages: ${JSON.stringify(messages).slice(0, 500)})`);
    const open = messages.find((m) => m.type === 'open' && m.key === exec.key);
    return {schema: open?.schema ?? '', sql: exec.sql, params: exec.params ?? []};
  } finally {
    await context.close();
  }
}

/** Cold (new context) then warm (reload in the same context) for one side. */
async function coldAndWarm(browser, once) {
  const {context, page} = await newPage(browser);
  try {
    const cold = await once(page);
    const warm = await once(page);
    return {cold, warm};
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Runaway query: longest main-thread task (Chrome trace), then Stop.

async function longestTask(page, during) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata']},
  });
  let value;
  try {
    value = await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  // The page's main thread: CrRendererMain of the process that renders the top frame.
  const frames = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames ?? [];
  const top = frames.find((f) => !f.parent && f.url?.startsWith('http'));
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!top || e.pid === top.processId));
  const isMain = (e) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && isMain(e));
  if (tasks.length === 0) throw new Error('the Chrome trace holds no task of the page main thread');
  const longest = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
  // What took the time: the longest events nested in that task; `tdur` is the thread's CPU time,
  // much shorter than `dur` when the machine gave the CPU to someone else.
  const inside = events
    .filter((e) => e.ph === 'X' && e.pid === longest.pid && e.tid === longest.tid && !/RunTask/.test(e.name) && e.ts >= longest.ts && e.ts + (e.dur ?? 0) <= longest.ts + longest.dur)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .slice(0, 3);
  const describe = (e) => {
    const data = e.args?.data ?? {};
    return `${e.name}${data.type ? ` ${data.type}` : ''}${data.functionName ? ` ${data.functionName}` : ''}${data.url ? ` ${data.url.replace(/^https?:\/\/[^/]+/, '')}` : ''} ${(e.dur / 1000).toFixed(1)} ms`;
  };
  const cpu = longest.tdur === undefined ? '' : `, ${(longest.tdur / 1000).toFixed(1)} ms of CPU`;
  const cpuTimes = tasks.map((e) => e.tdur).filter((t) => t !== undefined);
  return {
    value,
    longestMs: longest.dur / 1000,
    longestCpuMs: cpuTimes.length ? Math.max(...cpuTimes) / 1000 : undefined,
    what: `${inside.map(describe).join(', ') || 'nothing nested'}${cpu}`,
  };
}

async function runawayOnce(browser, url) {
  const {context, page} = await newPage(browser);
  try {
    await playgroundOnce(page, url);
    const region = playgroundRegion(page);
    const run = region.getByRole('button', {name: 'Run', exact: true});
    const stop = region.getByRole('button', {name: 'Stop', exact: true});
    // Baseline: the same window after a query that ends at once.
    await region.getByRole('textbox', {name: 'SQL'}).fill('SELECT 1 AS one;');
    const idle = await longestTask(page, async () => {
      await run.click();
      await page.waitForTimeout(RUNAWAY_WINDOW_MS); // the measuring window, not a wait for something
    });
    await region.getByRole('textbox', {name: 'SQL'}).fill(RUNAWAY_SQL);
    const running = await longestTask(page, async () => {
      await run.click();
      await stop.and(page.locator(':enabled')).waitFor({timeout: 5000});
      await page.waitForTimeout(RUNAWAY_WINDOW_MS); // the measuring window, not a wait for something
      if (!(await stop.isEnabled())) throw new Error(`${url}: the runaway query ended by itself within ${RUNAWAY_WINDOW_MS} ms`);
    });
    const probe = `bench-${crypto.randomBytes(4).toString('hex')}`;
    await page.evaluate((text) => (window.__bench.probe = text), probe);
    const stopping = await longestTask(page, async () => {
      await stop.click();
      await region.getByRole('textbox', {name: 'SQL'}).fill(`SELECT '${probe}' AS probe;`);
      await run.click({timeout: 30_000});
      await page.waitForFunction(() => window.__bench.probeAt !== undefined, null, {timeout: 30_000});
      return page.evaluate(() => window.__bench.probeAt - window.__bench.clicks.findLast((c) => c.text === 'Stop').t);
    });
    return {
      idleLongestMs: idle.longestMs,
      runningLongestMs: running.longestMs,
      runningLongestCpuMs: running.longestCpuMs,
      runningWhat: running.what,
      stopMs: stopping.value,
      stopLongestMs: stopping.longestMs,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Examples.

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

const CONTRACT_VARIABLES = ['PORT', 'MUSIC_DB_URL', 'SECRET_DB_URL', 'MUSIC_DB_FILE', 'SECRET_DB_FILE'];

async function startExample(dir) {
  const port = await freePort();
  const env = {...process.env, NO_COLOR: '1'};
  for (const name of CONTRACT_VARIABLES) delete env[name];
  const url = `http://127.0.0.1:${port}`;
  const since = performance.now();
  // Its own process group, so stopping it ends npm, sh and node together.
  const child = spawn('npm', ['start'], {cwd: dir, env: {...env, PORT: String(port)}, detached: true, stdio: ['ignore', 'pipe', 'pipe']});
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = code ?? signal))));
  const stop = async () => {
    if (exited !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }, 10_000);
    await exit;
    clearTimeout(timer);
  };
  while (performance.now() - since < 120_000) {
    if (exited !== null) throw new Error(`${path.basename(dir)} exited (${exited}) before /health answered:\n${output.slice(-2000)}`);
    const response = await fetch(`${url}/health`).catch(() => null);
    if (response?.status === 200) {
      const health = await response.json();
      const bootMs = performance.now() - since;
      const bad = (health.connections ?? []).filter((c) => !c.ok);
      if (!health.connections?.length || bad.length) {
        await stop();
        throw new Error(`${path.basename(dir)}: /health reports connections not ok: ${JSON.stringify(health)}`);
      }
      return {url, bootMs, stop};
    }
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  await stop();
  throw new Error(`${path.basename(dir)}: /health did not answer within 120 s:\n${output.slice(-2000)}`);
}

async function graphql(url, query) {
  const response = await fetch(`${url}/graphql`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query})});
  const body = await response.json();
  if (response.status !== 200 || body.errors?.length) throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

const SEED = `mutation {
  artist: createOneArtist(input: {artist: {name: "Bench Artist"}}) { id }
  secret: createOneSecret(input: {secret: {name: "bench", value: "not really"}}) { id }
}`;
const READ_BOTH = `{
  artists(paging: {first: 10}) { edges { node { id name } } }
  secrets(paging: {first: 10}) { edges { node { id name } } }
}`;

// ---------------------------------------------------------------------------------------------
// 5. Lighthouse.

async function lighthouseRunner() {
  const lighthouse = (await import('lighthouse')).default;
  const launcherPath = createRequire(require.resolve('lighthouse/package.json')).resolve('chrome-launcher');
  const chromeLauncher = await import(pathToFileURL(launcherPath).href);
  const chrome = await chromeLauncher.launch({chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox'], logLevel: 'silent'});
  return {
    async run(url) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        disableFullPageScreenshot: true,
      });
      const {categories, audits, runtimeError} = result.lhr;
      if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && categories.accessibility.auditRefs.some((r) => r.id === a.id && r.weight > 0))
        .map((a) => {
          const nodes = (a.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean);
          return `${a.id}${nodes.length ? ` (${nodes.slice(0, 4).join(', ')}${nodes.length > 4 ? ', …' : ''})` : ''}`;
        });
      return {
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        lcpMs: audits['largest-contentful-paint'].numericValue,
        tbtMs: audits['total-blocking-time'].numericValue,
        failing,
      };
    },
    close: () => chrome.kill(),
  };
}

// ---------------------------------------------------------------------------------------------

const table = []; // rows: [metric, value, baseline, ratio, goal, met]
const fmt = (n, digits = 0) => (n === undefined ? '-' : Number(n).toFixed(digits));
const check = (value, ok) => (value === undefined ? 'not measured' : ok ? 'met' : 'NOT MET');

step('Checking dependencies and Chromium...');
ensureDependencies();
const appExamples = exampleDirs().filter((dir) => fs.existsSync(path.join(dir, 'src', 'main.ts')));
for (const dir of appExamples) ensureDependencies(dir);
ensureChromium();
fs.mkdirSync(work, {recursive: true});

const siteDir = path.join(work, 'site');
const bareDir = path.join(work, 'bare');
const sqljsBareDir = path.join(work, 'sqljs-bare');
let guides = [];
let barePage;
let playgroundWorstPage = '';

await part('Builds (site copy and bare site, cold then warm)', async () => {
  const times = {siteCold: [], siteWarm: [], bareCold: [], bareWarm: []};
  for (let round = 0; round < BUILD_ROUNDS; round++) {
    // Cold: a fresh copy, so no .docusaurus and no bundler cache. Warm: the same build again.
    const files = copyWorkingTree(siteDir);
    if (round === 0) log(`copied ${files} files of the working tree to ${path.relative(root, siteDir)}`);
    writeBareSite(bareDir);
    times.siteCold.push(build(siteDir));
    times.bareCold.push(build(bareDir));
    times.siteWarm.push(build(siteDir));
    times.bareWarm.push(build(bareDir));
  }
  const list = (xs) => xs.map((x) => x.toFixed(1)).join(' / ');
  log(`site: cold ${list(times.siteCold)} s, warm ${list(times.siteWarm)} s; bare: cold ${list(times.bareCold)} s, warm ${list(times.bareWarm)} s`);
  Object.assign(results, {
    buildColdS: round1(median(times.siteCold)),
    buildWarmS: round1(median(times.siteWarm)),
    bareBuildColdS: round1(median(times.bareCold)),
    bareBuildWarmS: round1(median(times.bareWarm)),
  });
  writeBareSqljsPage(sqljsBareDir);
  guides = sitemapPaths(path.join(siteDir, 'build')).filter((p) => p.startsWith('/nestjs-query') || p.startsWith('/eloquent'));
  barePage = sitemapPaths(path.join(bareDir, 'build')).find((p) => p.startsWith('/docs/'));
  if (guides.length === 0) throw new Error('the sitemap lists no guide page');
  if (!barePage) throw new Error('the bare site has no docs page');
  results.guidePageCount = guides.length;
  log(`guide pages: ${guides.join(', ')}`);
});
table.push(['build, cold (s)', fmt(results.buildColdS, 1), fmt(results.bareBuildColdS, 1), '', '', '']);
table.push(['build, warm (s)', fmt(results.buildWarmS, 1), fmt(results.bareBuildWarmS, 1), '', '', '']);

if (guides.length === 0) {
  console.error('\nNothing to measure without a build; stopping.');
  process.exit(1);
}

const siteServer = await startServer([
  ['/__bench/sqljs/', sqljsBareDir],
  ['/', path.join(siteDir, 'build')],
]);
const bareServer = await startServer([['/', path.join(bareDir, 'build')]]);
const {chromium} = await import('@playwright/test');
const browser = await chromium.launch({executablePath: chromiumPath});
const playgroundPages = guides.filter((p) => /Start playground/.test(fs.readFileSync(fileFor(siteServer.mounts, p), 'utf8')));

await part('JavaScript on first load (gzip)', async () => {
  const bare = await firstLoadJs(browser, bareServer, barePage);
  const describe = (r) => `${r.kb.toFixed(1)} KB in ${r.chunks.length} files (${r.prefetchKb.toFixed(1)} KB of it prefetched for links)`;
  log(`bare ${barePage}: ${describe(bare)}`);
  const names = chunkNames(siteDir);
  let worst;
  for (const url of guides) {
    const guide = await firstLoadJs(browser, siteServer, url);
    results[`pages.${url}.jsGzipKB`] = round1(guide.kb);
    results[`pages.${url}.jsPrefetchGzipKB`] = round1(guide.prefetchKb);
    log(`${url}: ${describe(guide)}`);
    if (!worst || guide.kb > worst.kb) worst = {...guide, url};
  }
  const ranKb = Math.max(...guides.map((url) => results[`pages.${url}.jsGzipKB`] - results[`pages.${url}.jsPrefetchGzipKB`]));
  Object.assign(results, {
    guideJsGzipKB: round1(worst.kb),
    bareJsGzipKB: round1(bare.kb),
    guideJsRatio: round2(worst.kb / bare.kb),
    guideJsRunGzipKB: round1(ranKb),
    bareJsRunGzipKB: round1(bare.kb - bare.prefetchKb),
  });
  log(`heaviest guide page ${worst.url}; its largest files (gzip KB):`);
  for (const chunk of worst.chunks) {
    const id = chunk.file.replace(/\.[0-9a-f]{8}\.js$/, '');
    log(`  ${chunk.kb.toFixed(1).padStart(6)}  ${chunk.file}${names.has(id) ? `  (${names.get(id)})` : ''}${chunk.prefetch ? '  prefetched' : ''}`);
  }
  log(`bare page's files: ${bare.chunks.map((c) => `${c.file} ${c.kb.toFixed(1)}`).join(', ')}`);
});
table.push(['guide JS, gzip KB (worst page)', fmt(results.guideJsGzipKB, 1), fmt(results.bareJsGzipKB, 1), fmt(results.guideJsRatio, 2), `ratio <= ${GOALS.guideJsRatio}`, check(results.guideJsRatio, results.guideJsRatio <= GOALS.guideJsRatio)]);
table.push([
  '  of it run on load (no link prefetches)',
  fmt(results.guideJsRunGzipKB, 1),
  fmt(results.bareJsRunGzipKB, 1),
  results.guideJsRunGzipKB === undefined ? '-' : fmt(results.guideJsRunGzipKB / results.bareJsRunGzipKB, 2),
  '',
  '',
]);

if (playgroundPages.length === 0) {
  step('Playground...');
  missing('Playground', 'no guide page has the "Connection playground" region with "Start playground"');
  missing('Runaway query', 'no guide page has the playground');
} else {
  await part('Playground: click to first result, cold and warm, next to bare sql.js', async () => {
    let worst;
    const measured = new Map(); // first query (schema and SQL) -> page measured with it
    for (const url of playgroundPages) {
      const job = await captureFirstQuery(browser, siteServer.url + url);
      // Pages whose playground starts on the same schema and query differ in nothing measured here.
      const same = measured.get(JSON.stringify(job));
      if (same) {
        log(`${url}: same first query as ${same}, not measured again`);
        continue;
      }
      measured.set(JSON.stringify(job), url);
      const bareUrl = `${siteServer.url}/__bench/sqljs/#${encodeURIComponent(JSON.stringify(job))}`;
      await coldAndWarm(browser, (page) => bareOnce(page, bareUrl)); // warms the server's caches like the capture did
      const samples = {pg: {cold: [], warm: []}, bare: {cold: [], warm: []}};
      for (let round = 0; round < ROUNDS; round++) {
        // Alternate which side goes first, so neither always runs on a busier moment.
        const order = round % 2 ? ['bare', 'pg'] : ['pg', 'bare'];
        for (const side of order) {
          const {cold, warm} = await coldAndWarm(browser, (page) => (side === 'pg' ? playgroundOnce(page, siteServer.url + url) : bareOnce(page, bareUrl)));
          samples[side].cold.push(cold);
          samples[side].warm.push(warm);
        }
      }
      const m = {pgCold: median(samples.pg.cold), pgWarm: median(samples.pg.warm), bareCold: median(samples.bare.cold), bareWarm: median(samples.bare.warm)};
      Object.assign(results, {
        [`pages.${url}.playgroundFirstResultMs`]: Math.round(m.pgCold),
        [`pages.${url}.bareSqljsFirstResultMs`]: Math.round(m.bareCold),
        [`pages.${url}.playgroundFirstResultWarmMs`]: Math.round(m.pgWarm),
        [`pages.${url}.bareSqljsFirstResultWarmMs`]: Math.round(m.bareWarm),
      });
      const all = (xs) => xs.map((x) => Math.round(x)).join(' ');
      log(`${url} (query: ${job.sql.replace(/\s+/g, ' ').slice(0, 60)})`);
      log(`  playground cold ${all(samples.pg.cold)} | warm ${all(samples.pg.warm)}`);
      log(`  bare sql.js cold ${all(samples.bare.cold)} | warm ${all(samples.bare.warm)}`);
      const ratio = m.pgCold / m.bareCold;
      if (!worst || ratio > worst.ratio) worst = {url, ratio, ...m};
    }
    playgroundWorstPage = worst.url;
    Object.assign(results, {
      playgroundFirstResultMs: Math.round(worst.pgCold),
      bareSqljsFirstResultMs: Math.round(worst.bareCold),
      playgroundRatio: round2(worst.pgCold / worst.bareCold),
      playgroundFirstResultWarmMs: Math.round(worst.pgWarm),
      bareSqljsFirstResultWarmMs: Math.round(worst.bareWarm),
      playgroundWarmRatio: round2(worst.pgWarm / worst.bareWarm),
    });
  });

  await part('Runaway query and Stop', async () => {
    // On the current version of a guide when one has the playground (older ones live under /<id>/<version>/).
    const where = playgroundPages.find((p) => !/^\/[^/]+\/\d/.test(p)) ?? playgroundPages[0];
    const rounds = [];
    for (let i = 0; i < RUNAWAY_ROUNDS; i++) {
      const r = await runawayOnce(browser, siteServer.url + where);
      log(`${where}: longest task ${r.runningLongestMs.toFixed(1)} ms while running (${r.runningWhat}), ${r.idleLongestMs.toFixed(1)} ms after a quick query; Stop -> answer ${Math.round(r.stopMs)} ms (longest task ${r.stopLongestMs.toFixed(1)} ms)`);
      rounds.push(r);
    }
    Object.assign(results, {
      runawayLongestTaskMs: round1(median(rounds.map((r) => r.runningLongestMs))),
      quickQueryLongestTaskMs: round1(median(rounds.map((r) => r.idleLongestMs))),
      ...(rounds.every((r) => r.runningLongestCpuMs !== undefined) ? {runawayLongestTaskCpuMs: round1(median(rounds.map((r) => r.runningLongestCpuMs)))} : {}),
      stopMs: Math.round(median(rounds.map((r) => r.stopMs))),
      stopLongestTaskMs: round1(median(rounds.map((r) => r.stopLongestMs))),
    });
  });
}
table.push([`playground first result, cold (ms)${playgroundWorstPage && ` ${playgroundWorstPage}`}`, fmt(results.playgroundFirstResultMs), fmt(results.bareSqljsFirstResultMs), fmt(results.playgroundRatio, 2), `ratio <= ${GOALS.playgroundRatio}`, check(results.playgroundRatio, results.playgroundRatio <= GOALS.playgroundRatio)]);
table.push([`playground first result, warm (ms)${playgroundWorstPage && ` ${playgroundWorstPage}`}`, fmt(results.playgroundFirstResultWarmMs), fmt(results.bareSqljsFirstResultWarmMs), fmt(results.playgroundWarmRatio, 2), `ratio <= ${GOALS.playgroundRatio}`, check(results.playgroundWarmRatio, results.playgroundWarmRatio <= GOALS.playgroundRatio)]);
table.push(['runaway query: longest task (ms)', fmt(results.runawayLongestTaskMs, 1), fmt(results.quickQueryLongestTaskMs, 1), '', `<= ${GOALS.runawayLongestTaskMs}`, check(results.runawayLongestTaskMs, results.runawayLongestTaskMs <= GOALS.runawayLongestTaskMs)]);
table.push(['runaway query: most CPU in one task (ms)', fmt(results.runawayLongestTaskCpuMs, 1), '', '', '', '']);
table.push(['Stop -> answering again (ms)', fmt(results.stopMs), '', '', '', '']);
await browser.close();

await part('Examples: boot and GraphQL on sql.js', async () => {
  if (appExamples.length === 0) return missing('Examples', 'no example under examples/ has an app (src/main.ts)');
  const boots = new Map(appExamples.map((dir) => [dir, []]));
  const errors = [];
  for (let round = 0; round < BOOT_ROUNDS; round++) {
    for (const dir of appExamples) {
      const name = path.basename(dir);
      if (errors.some((e) => e.name === name)) continue;
      let app;
      try {
        app = await startExample(dir);
        boots.get(dir).push(app.bootMs);
        log(`${name}: up in ${Math.round(app.bootMs)} ms`);
        if (round === 0) {
          await graphql(app.url, SEED);
          for (let i = 0; i < 10; i++) await graphql(app.url, READ_BOTH);
          const times = [];
          for (let i = 0; i < GRAPHQL_REQUESTS; i++) {
            const since = performance.now();
            const data = await graphql(app.url, READ_BOTH);
            times.push(performance.now() - since);
            if (i === 0 && !data.artists.edges.length) throw new Error(`${name}: the query read no artist back`);
          }
          results[`examples.${name}.graphqlP50Ms`] = round1(percentile(times, 50));
          results[`examples.${name}.graphqlP95Ms`] = round1(percentile(times, 95));
          log(`${name}: GraphQL p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over ${GRAPHQL_REQUESTS} requests`);
        }
      } catch (error) {
        errors.push({name, error});
        console.error(`!!! ${name}: ${error.message}`);
      } finally {
        await app?.stop();
      }
    }
  }
  for (const dir of appExamples) {
    const name = path.basename(dir);
    if (boots.get(dir).length === BOOT_ROUNDS) results[`examples.${name}.bootMs`] = Math.round(median(boots.get(dir)));
  }
  if (errors.length) throw new Error(errors.map((e) => `${e.name}: ${e.error.message.split('\n')[0]}`).join('; '));
});
for (const dir of appExamples) {
  const name = path.basename(dir);
  table.push([`${name}: boot (ms)`, fmt(results[`examples.${name}.bootMs`]), '', '', '', '']);
  table.push([`${name}: GraphQL p50 (ms)`, fmt(results[`examples.${name}.graphqlP50Ms`], 1), '', '', '', '']);
}

await part(`Lighthouse (mobile, ${LIGHTHOUSE_RUNS} runs per page)`, async () => {
  const lighthouse = await lighthouseRunner();
  const pages = [...guides.map((p) => ({key: p, url: siteServer.url + p})), {key: 'bare', url: bareServer.url + barePage}];
  const runs = new Map(pages.map((p) => [p.key, []]));
  try {
    for (let round = 0; round < LIGHTHOUSE_RUNS; round++) {
      for (const p of pages) {
        const r = await lighthouse.run(p.url);
        runs.get(p.key).push(r);
        log(`${p.key}: performance ${r.performance}, accessibility ${r.accessibility} (LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms)${r.failing.length ? `; accessibility audits failing: ${r.failing.join('; ')}` : ''}`);
      }
    }
  } finally {
    lighthouse.close();
  }
  const med = (key, field) => median(runs.get(key).map((r) => r[field]));
  for (const p of guides) {
    results[`pages.${p}.lighthousePerformance`] = med(p, 'performance');
    results[`pages.${p}.lighthouseAccessibility`] = med(p, 'accessibility');
    results[`pages.${p}.lcpMs`] = Math.round(med(p, 'lcpMs'));
    results[`pages.${p}.tbtMs`] = Math.round(med(p, 'tbtMs'));
  }
  Object.assign(results, {
    lighthousePerformance: Math.min(...guides.map((p) => results[`pages.${p}.lighthousePerformance`])),
    lighthouseAccessibility: Math.min(...guides.map((p) => results[`pages.${p}.lighthouseAccessibility`])),
    bareLighthousePerformance: med('bare', 'performance'),
    bareLighthouseAccessibility: med('bare', 'accessibility'),
  });
});
for (const p of guides) {
  const perf = results[`pages.${p}.lighthousePerformance`];
  const a11y = results[`pages.${p}.lighthouseAccessibility`];
  table.push([`Lighthouse performance ${p}`, fmt(perf), fmt(results.bareLighthousePerformance), '', `>= ${GOALS.lighthousePerformance}`, check(perf, perf >= GOALS.lighthousePerformance)]);
  table.push([`Lighthouse accessibility ${p}`, fmt(a11y), fmt(results.bareLighthouseAccessibility), '', `= ${GOALS.lighthouseAccessibility}`, check(a11y, a11y >= GOALS.lighthouseAccessibility)]);
}

await siteServer.close();
await bareServer.close();
results.runtimeS = round1((performance.now() - started) / 1000);
fs.mkdirSync(path.dirname(resultsFile), {recursive: true});
fs.writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

const header = ['metric', 'value', 'bare', 'ratio', 'goal', ''];
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of table) console.log(line(row));
const goalRows = table.filter((row) => row[4]);
console.log(`\nGoals: ${goalRows.filter((r) => r[5] === 'met').length} met, ${goalRows.filter((r) => r[5] === 'NOT MET').length} not met, ${goalRows.filter((r) => r[5] === 'not measured').length} not measured.`);
for (const u of unmeasured) console.log(`${u.failed ? 'FAILED' : 'not measured'}: ${u.part}: ${u.why}`);
console.log(`Wrote ${path.relative(root, resultsFile)} (${Object.keys(results).length} keys) in ${results.runtimeS} s.`);
process.exit(unmeasured.some((u) => u.failed) ? 1 : 0);
