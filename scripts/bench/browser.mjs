// The benchmark's browser pages (Debian's Chromium through Playwright): what a page is watched
// for (click times, the first row of a "Results" table, messages to its Web Workers) and when
// its network is quiet.
import {performance} from 'node:perf_hooks';

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
export function recordWorkerMessages() {
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

/**
 * Records when the page creates a Web Worker, sends it a message (its `type`, or `action` for
 * sql.js's own worker, and `id`) and hears back (the reply's `id` or `type`), in
 * window.__bench.timeline (performance.now() times).
 */
export function recordWorkerTimeline() {
  const Base = window.Worker;
  const timeline = (window.__bench.timeline = []);
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      timeline.push({event: 'created', t: performance.now()});
      this.addEventListener('message', (event) => timeline.push({event: 'reply', t: performance.now(), id: event.data?.id, type: event.data?.type}));
    }
    postMessage(message, transfer) {
      timeline.push({event: 'sent', t: performance.now(), type: message?.type ?? message?.action, id: message?.id});
      return super.postMessage(message, transfer);
    }
  };
}

export async function newPage(browser, extraInit) {
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
export async function networkQuiet(page, quietMs = 1000, maxMs = 15_000) {
  const net = networks.get(page);
  const until = performance.now() + maxMs;
  while (performance.now() < until) {
    if (net.inflight === 0 && performance.now() - net.last >= quietMs) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

