// The main thread's work while a page loads and hydrates, measured in CPU time (trace `tdur`),
// which a loaded machine stretches far less than wall time: all of it, and its blocking part as
// Lighthouse's mobile preset would count it (each task slowed down 4x, its time beyond 50 ms),
// for every guide page next to the bare docs page, median of the rounds.
import {openHydrated} from '../../../tools/site.mjs';
import {networkQuiet, newPage} from '../browser.mjs';
import {median, round1, round2} from '../stats.mjs';
import {mainThreadTasks} from '../trace.mjs';

const LIGHTHOUSE_CPU_SLOWDOWN = 4;

async function loadOnce(browser, url) {
  const {context, page} = await newPage(browser);
  try {
    const {tasks} = await mainThreadTasks(page, async () => {
      await openHydrated(page, url, 60_000);
      await networkQuiet(page, 1000);
    });
    const sum = (list) => list.reduce((total, t) => total + t, 0);
    return {cpuMs: sum(tasks.map((t) => t.cpuMs)), blockingCpuMs: sum(tasks.map((t) => Math.max(0, LIGHTHOUSE_CPU_SLOWDOWN * t.cpuMs - 50))), longestCpuMs: Math.max(...tasks.map((t) => t.cpuMs))};
  } finally {
    await context.close();
  }
}

export default {
  id: 'main-thread',
  title: 'Main thread on load and hydration (CPU time), next to the bare page',
  async run(ctx) {
    const {guides, barePage, siteServer, bareServer} = await ctx.site.ready();
    const browser = await ctx.browser();
    const rounds = Number(process.env.BENCH_ROUNDS ?? (ctx.quick ? 1 : 5));
    const pages = [{key: 'bare', url: bareServer.url + barePage}, ...guides.map((p) => ({key: p, url: siteServer.url + p}))];
    const runs = new Map(pages.map((p) => [p.key, []]));
    for (const p of pages) await loadOnce(browser, p.url); // warms the servers' caches
    for (let round = 0; round < rounds; round++) for (const p of pages) runs.get(p.key).push(await loadOnce(browser, p.url));
    const med = (key, field) => median(runs.get(key).map((r) => r[field]));
    const figures = {bareMainThreadCpuMs: round1(med('bare', 'cpuMs')), bareBlockingCpuMs: round1(med('bare', 'blockingCpuMs'))};
    const rows = [{metric: 'main thread CPU on load, bare page (ms)', value: figures.bareMainThreadCpuMs}];
    for (const p of guides) {
      Object.assign(figures, {
        [`pages.${p}.mainThreadCpuMs`]: round1(med(p, 'cpuMs')),
        [`pages.${p}.mainThreadCpuRatio`]: round2(med(p, 'cpuMs') / figures.bareMainThreadCpuMs),
        [`pages.${p}.blockingCpuMs`]: round1(med(p, 'blockingCpuMs')),
        [`pages.${p}.longestTaskCpuMs`]: round1(med(p, 'longestCpuMs')),
      });
      figures[`pages.${p}.blockingCpuRatio`] = round2(med(p, 'blockingCpuMs') / Math.max(figures.bareBlockingCpuMs, 1));
      rows.push({metric: `main thread CPU on load (ms) ${p}`, value: figures[`pages.${p}.mainThreadCpuMs`], bare: figures.bareMainThreadCpuMs, ratio: figures[`pages.${p}.mainThreadCpuRatio`]});
      rows.push({metric: `  blocking part at 4x CPU slowdown (ms) ${p}`, value: figures[`pages.${p}.blockingCpuMs`], bare: figures.bareBlockingCpuMs, ratio: figures[`pages.${p}.blockingCpuRatio`]});
      ctx.log(`${p}: CPU ${runs.get(p).map((r) => Math.round(r.cpuMs)).join(' ')} ms, blocking ${runs.get(p).map((r) => Math.round(r.blockingCpuMs)).join(' ')} ms`);
    }
    ctx.log(`bare: CPU ${runs.get('bare').map((r) => Math.round(r.cpuMs)).join(' ')} ms, blocking ${runs.get('bare').map((r) => Math.round(r.blockingCpuMs)).join(' ')} ms`);
    // No goal of its own: it explains Lighthouse's TBT, whose goal the lighthouse part judges.
    figures.mainThreadCpuRatio = Math.max(...guides.map((p) => figures[`pages.${p}.mainThreadCpuRatio`]));
    return {figures, rows};
  },
};
