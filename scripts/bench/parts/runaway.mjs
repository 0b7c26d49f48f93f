// A runaway query (an endless WITH RECURSIVE) in the playground, median of the rounds: the
// longest main-thread task (Chrome trace, RunTask) while it runs for WINDOW_MS, the same after
// `SELECT 1` (its baseline), the most CPU one of those tasks took (the wall time includes waits
// for a CPU on a busy machine), and the click on Stop until a new query's result is in the page.
import crypto from 'node:crypto';
import {RUNAWAY_SQL} from '../../../tools/playground.mjs';
import {newPage} from '../browser.mjs';
import {fileFor} from '../server.mjs';
import {playgroundOnce, playgroundPages, playgroundRegion} from '../playground.mjs';
import {goal, median, round1} from '../stats.mjs';
import {traceMainThread} from '../trace.mjs';

const RUNAWAY_WINDOW_MS = 2000;

async function longestTask(page, during) {
  const {value, events, tasks} = await traceMainThread(page, during);
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

export default {
  id: 'runaway',
  title: 'Runaway query and Stop',
  async run(ctx) {
    const sites = await ctx.site.ready();
    const {siteServer} = sites;
    const pages = playgroundPages(sites, fileFor);
    if (pages.length === 0) throw new Error('no guide page has the playground');
    const browser = await ctx.browser();
    const figures = {};
      // On the current version of a guide when one has the playground (older ones live under /<id>/<version>/).
      const where = pages.find((p) => !/^\/[^/]+\/\d/.test(p)) ?? pages[0];
      const rounds = [];
      for (let i = 0; i < (ctx.quick ? 1 : 3); i++) {
        const r = await runawayOnce(browser, siteServer.url + where);
        ctx.log(`${where}: longest task ${r.runningLongestMs.toFixed(1)} ms while running (${r.runningWhat}), ${r.idleLongestMs.toFixed(1)} ms after a quick query; Stop -> answer ${Math.round(r.stopMs)} ms (longest task ${r.stopLongestMs.toFixed(1)} ms)`);
        rounds.push(r);
      }
      Object.assign(figures, {
        runawayLongestTaskMs: round1(median(rounds.map((r) => r.runningLongestMs))),
        quickQueryLongestTaskMs: round1(median(rounds.map((r) => r.idleLongestMs))),
        ...(rounds.every((r) => r.runningLongestCpuMs !== undefined) ? {runawayLongestTaskCpuMs: round1(median(rounds.map((r) => r.runningLongestCpuMs)))} : {}),
        stopMs: Math.round(median(rounds.map((r) => r.stopMs))),
        stopLongestTaskMs: round1(median(rounds.map((r) => r.stopLongestMs))),
      });
    return {
      figures,
      rows: [
        {metric: 'runaway query: longest task (ms)', value: figures.runawayLongestTaskMs, bare: figures.quickQueryLongestTaskMs},
        {metric: 'runaway query: most CPU in one task (ms)', value: figures.runawayLongestTaskCpuMs},
        {metric: 'Stop -> answering again (ms)', value: figures.stopMs},
      ],
      goals: [goal('runawayLongestTaskMs', figures.runawayLongestTaskMs, '<= 50')],
    };
  },
};
