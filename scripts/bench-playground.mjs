// Measures the connection playground in the built site (run `npx docusaurus build` first):
//   node scripts/bench-playground.mjs [runs]
// - JS fetched by a guide page before any click, and what Start then fetches;
// - Start click → routing table, and → first query result, cold (fresh browser profile, empty
//   cache) and warm (same profile, page reloaded);
// - the longest main-thread task while a runaway query runs until Stop, and until the time limit.
// Figures are printed, never asserted: they depend on the machine.
import {spawn} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';

const runs = Number(process.argv[2] ?? 5);
const port = Number(process.env.BENCH_PORT ?? 3392);
const base = process.env.BENCH_URL ?? `http://localhost:${port}`;
const page = process.env.BENCH_PAGE ?? '/eloquent/multi-connection-strategy';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNAWAY = 'WITH RECURSIVE forever(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM forever) SELECT count(*) FROM forever;';

const server = process.env.BENCH_URL
  ? null
  : spawn('npx', ['docusaurus', 'serve', '--port', String(port), '--host', 'localhost', '--no-open'], {stdio: 'ignore'});
try {
  await waitForServer(`${base}${page}`);
  const cold = [];
  const warm = [];
  let bytes;
  for (let i = 0; i < runs; i++) {
    // Cold: a new browser, so nothing (HTTP cache, compiled wasm) is left from an earlier run.
    const fresh = await chromium.launch({executablePath});
    const context = await fresh.newContext();
    const tab = await context.newPage();
    const transfer = countBytes(tab);
    await open(tab);
    const beforeClick = transfer.snapshot();
    cold.push(await startAndTime(tab));
    const afterStart = transfer.snapshot();
    if (i === 0) bytes = {beforeClick, started: diff(afterStart, beforeClick)};
    await open(tab);
    warm.push(await startAndTime(tab));
    await fresh.close();
  }
  const browser = await chromium.launch({executablePath});
  const context = await browser.newContext();
  const tab = await context.newPage();
  await open(tab);
  await startAndTime(tab);
  const stopped = await runaway(tab, 'button');
  const limited = await runaway(tab, 'limit');
  await browser.close();

  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Page ${page}, ${runs} runs each, Chromium at ${executablePath}\n`);
  console.log(`JS before any click: ${bytes.beforeClick.js.count} files, ${kb(bytes.beforeClick.js.decoded)} (${kb(bytes.beforeClick.js.gzip)} gzipped)`);
  console.log(`Fetched by Start: JS ${bytes.started.js.count} files, ${kb(bytes.started.js.decoded)} (${kb(bytes.started.js.gzip)} gzipped); wasm ${kb(bytes.started.wasm.decoded)} (${kb(bytes.started.wasm.gzip)} gzipped)\n`);
  for (const [label, list] of [['cold', cold], ['warm', warm]]) {
    console.log(`${label}: click → routing table ${stats(list.map((r) => r.routing))}; click → first query result ${stats(list.map((r) => r.result))}`);
  }
  for (const [label, r] of [['the Stop button', stopped], ['the time limit', limited]]) {
    console.log(
      `\nRunaway query ended by ${label} after ${r.ranFor.toFixed(0)} ms: ${r.tasks} main-thread tasks over 50 ms (longest ${r.longest.toFixed(0)} ms); ` +
        `longest gap between animation frames ${r.frameGap.toFixed(0)} ms over ${r.frames} frames`,
    );
  }
} finally {
  server?.kill();
}

async function open(tab) {
  await tab.goto(`${base}${page}`);
  await tab.locator('html[data-has-hydrated="true"]').waitFor();
  await tab.waitForLoadState('networkidle');
}

/** Click Start; read the marks the playground sets (playground:start, :routing-table, :first-result). */
async function startAndTime(tab) {
  const region = tab.getByRole('region', {name: 'Connection playground'});
  await region.getByRole('button', {name: 'Start playground'}).click();
  await region.getByRole('table', {name: 'Results'}).waitFor();
  return tab.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
    return {routing: at('playground:routing-table') - at('playground:start'), result: at('playground:first-result') - at('playground:start')};
  });
}

/** Run an endless query; end it with Stop (after 2 s) or let the time limit end it. */
async function runaway(tab, how) {
  const region = tab.getByRole('region', {name: 'Connection playground'});
  await tab.evaluate(() => {
    window.__longTasks = [];
    window.__observer?.disconnect();
    window.__observer = new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration)));
    window.__observer.observe({type: 'longtask'});
    // Frame gaps show what a reader would feel: a frozen page paints no frames.
    window.__frames = {count: 0, maxGap: 0, last: performance.now(), on: true};
    const tick = (now) => {
      const f = window.__frames;
      f.maxGap = Math.max(f.maxGap, now - f.last);
      f.last = now;
      f.count++;
      if (f.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await region.getByRole('textbox', {name: 'SQL'}).fill(RUNAWAY);
  const started = Date.now();
  await region.getByRole('button', {name: 'Run', exact: true}).click();
  if (how === 'button') {
    await tab.waitForTimeout(2000);
    await region.getByRole('button', {name: 'Stop'}).click();
  }
  await region.getByRole('alert').filter({hasText: 'Stopped'}).waitFor({timeout: 30_000});
  const ranFor = Date.now() - started;
  await region.getByRole('button', {name: 'Run', exact: true}).waitFor();
  await tab.waitForFunction(() => !document.querySelector('button.button--danger:not([disabled])'));
  const {tasks, frames} = await tab.evaluate(() => {
    window.__frames.on = false;
    return {tasks: window.__longTasks, frames: window.__frames};
  });
  return {ranFor, longest: Math.max(0, ...tasks), tasks: tasks.length, frameGap: frames.maxGap, frames: frames.count};
}

function countBytes(tab) {
  const totals = {js: {count: 0, decoded: 0, gzip: 0}, wasm: {count: 0, decoded: 0, gzip: 0}};
  const seen = new Set();
  tab.on('requestfinished', async (request) => {
    const url = request.url();
    const kind = url.endsWith('.js') ? 'js' : url.endsWith('.wasm') ? 'wasm' : null;
    if (!kind || seen.has(url)) return;
    seen.add(url);
    const response = await request.response();
    const body = await response?.body().catch(() => null);
    if (!body) return;
    totals[kind].count++;
    totals[kind].decoded += body.length;
    totals[kind].gzip += gzipSync(body, {level: 9}).length;
  });
  return {snapshot: () => structuredClone(totals)};
}

function diff(a, b) {
  const out = {};
  for (const kind of Object.keys(a)) out[kind] = Object.fromEntries(Object.keys(a[kind]).map((k) => [k, a[kind][k] - b[kind][k]]));
  return out;
}

function stats(values) {
  const sorted = [...values].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)})`;
}

async function waitForServer(url) {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No site at ${url}: build it first (npx docusaurus build)`);
}
