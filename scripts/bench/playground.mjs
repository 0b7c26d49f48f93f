// Driving the connection playground of a guide page, and the bare sql.js page next to it.
import fs from 'node:fs';
import {openHydrated} from '../../tools/site.mjs';
import {networkQuiet, newPage, recordWorkerMessages, recordWorkerTimeline} from './browser.mjs';

export const playgroundRegion = (page) => page.getByRole('region', {name: 'Connection playground'});

// A reader's pointer rests on a button a moment before pressing it: the "hover" runs pause that
// long (both sides) before the click, the "click" runs press at once.
export const INTENT_MS = Number(process.env.BENCH_INTENT_MS ?? 200);

// A reader has the button on screen before pressing it: scrolling it into view and the page's
// work that follows (scroll handlers, painting what comes into view) happen before the click.
const ON_SCREEN_MS = 300;

// The page stamps the result's time itself (window.__bench.resultAt); polling for it every frame
// would make a long page paint on every frame while it is measured.
const POLL_MS = 100;

async function pressAfterIntent(button, intentMs) {
  await button.scrollIntoViewIfNeeded();
  await new Promise((resolve) => setTimeout(resolve, ON_SCREEN_MS));
  if (intentMs > 0) {
    await button.hover();
    await new Promise((resolve) => setTimeout(resolve, intentMs));
  }
  await button.click();
}

export async function playgroundOnce(page, url, intentMs = 0) {
  await page.goto('about:blank'); // a warm run navigates anew (a changed hash alone would not)
  await openHydrated(page, url, 30_000);
  await networkQuiet(page, 500);
  const button = playgroundRegion(page).getByRole('button', {name: 'Start playground'});
  const text = ((await button.textContent()) ?? '').trim();
  await pressAfterIntent(button, intentMs);
  await page.waitForFunction(() => window.__bench.resultAt !== undefined, null, {timeout: 60_000, polling: POLL_MS}).catch(async () => {
    const said = await playgroundRegion(page).innerText().catch(() => '');
    throw new Error(`${url}: the playground showed no query result within 60 s after "Start playground". It says:\n${said.slice(0, 1500)}`);
  });
  return phasesOf(page, text);
}

export async function bareOnce(page, url, intentMs = 0) {
  await page.goto('about:blank');
  await page.goto(url);
  await networkQuiet(page, 500);
  await pressAfterIntent(page.getByRole('button', {name: 'Start'}), intentMs);
  await page.waitForFunction(() => window.__bench.resultAt !== undefined || /Error/.test(document.getElementById('out').textContent), null, {
    timeout: 60_000,
    polling: POLL_MS,
  });
  const error = await page.locator('#out').textContent();
  if (/^Error/.test(error ?? '')) throw new Error(`the bare sql.js page failed: ${error}`);
  return phasesOf(page, 'Start');
}

/**
 * One start, as milliseconds from the click (button `label`) to: the worker created, the worker
 * running (the playground's worker says `started` first; sql.js's own says nothing), sql.js loaded
 * (the reply to the playground's `init`, to the bare page's `open`), the first `exec` sent, the
 * last reply before the result showed, and the result shown (`ms`, the measured figure).
 */
function phasesOf(page, label) {
  return page.evaluate((label) => {
    const bench = window.__bench;
    const click = bench.clicks.find((c) => c.text === label).t;
    const timeline = bench.timeline ?? [];
    const since = (entry) => (entry ? entry.t - click : undefined);
    const replies = timeline.filter((e) => e.event === 'reply');
    const loading = timeline.find((e) => e.event === 'sent' && (e.type === 'init' || e.type === 'open'));
    return {
      ms: bench.resultAt - click,
      phases: {
        worker: since(timeline.find((e) => e.event === 'created')),
        running: since(replies.find((e) => e.type === 'started')),
        engineReady: since(loading && replies.find((e) => e.id === loading.id)),
        queryAsked: since(timeline.find((e) => e.event === 'sent' && e.type === 'exec')),
        answered: since(replies.filter((e) => e.t <= bench.resultAt).at(-1)),
        shown: bench.resultAt - click,
      },
    };
  }, label);
}

/** The phases' medians of several starts, rounded to the millisecond (phases a side never reached left out). */
export function medianPhases(starts, median) {
  const names = Object.keys(starts[0]?.phases ?? {});
  const samples = names.map((n) => [n, starts.map((s) => s.phases[n]).filter((v) => v !== undefined)]);
  return Object.fromEntries(samples.filter(([, values]) => values.length > 0).map(([n, values]) => [n, Math.round(median(values))]));
}

/** The SQL the playground ran for its first result: the schema of that database and the query. */
export async function captureFirstQuery(browser, url) {
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

/** Cold (new context) then warm (reload in the same context) for one side, with their phases. */
export async function coldAndWarm(browser, once) {
  const {context, page} = await newPage(browser, recordWorkerTimeline);
  try {
    const cold = await once(page);
    const warm = await once(page);
    return {cold, warm};
  } finally {
    await context.close();
  }
}

/** Guide pages whose HTML carries the playground's start control. */
export function playgroundPages(sites, fileFor) {
  return sites.guides.filter((p) => /Start playground/.test(fs.readFileSync(fileFor(sites.siteServer.mounts, p), 'utf8')));
}
