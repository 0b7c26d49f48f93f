// Lighthouse (mobile preset, simulated throttling), median of the runs per page, for every
// guide page and the bare docs page. Total Blocking Time and LCP are judged as ratios to the bare
// page's in the same run: on a loaded machine their absolute values say little.
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import {goal, median, round2} from '../stats.mjs';

const require = createRequire(import.meta.url);

/** The goal: Lighthouse mobile performance on every guide page, median of the runs. */
const MIN_PERFORMANCE = 95;

async function lighthouseRunner(chromiumPath) {
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

export default {
  id: 'lighthouse',
  title: 'Lighthouse (mobile, median of the runs per page)',
  async run(ctx) {
    const {guides, barePage, siteServer, bareServer} = await ctx.site.ready();
    const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? (ctx.quick ? 1 : 3));
    const figures = {};
    const lighthouse = await lighthouseRunner(ctx.chromiumPath);
    const pages = [...guides.map((p) => ({key: p, url: siteServer.url + p})), {key: 'bare', url: bareServer.url + barePage}];
    const runs = new Map(pages.map((p) => [p.key, []]));
    try {
      for (let round = 0; round < lighthouseRuns; round++) {
        for (const p of pages) {
          const r = await lighthouse.run(p.url);
          runs.get(p.key).push(r);
          ctx.log(`${p.key}: performance ${r.performance}, accessibility ${r.accessibility} (LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms)${r.failing.length ? `; accessibility audits failing: ${r.failing.join('; ')}` : ''}`);
        }
      }
    } finally {
      lighthouse.close();
    }
    const med = (key, field) => median(runs.get(key).map((r) => r[field]));
    for (const p of guides) {
      figures[`pages.${p}.lighthousePerformance`] = med(p, 'performance');
      figures[`pages.${p}.lighthouseAccessibility`] = med(p, 'accessibility');
      figures[`pages.${p}.lcpMs`] = Math.round(med(p, 'lcpMs'));
      figures[`pages.${p}.tbtMs`] = Math.round(med(p, 'tbtMs'));
    }
    const bareTbtMs = med('bare', 'tbtMs');
    const bareLcpMs = med('bare', 'lcpMs');
    // A bare TBT of 0 ms (an idle machine) would make every ratio infinite: count it as 1 ms.
    const ratioOf = (p, field, bare) => round2(med(p, field) / Math.max(bare, 1));
    for (const p of guides) {
      figures[`pages.${p}.tbtRatio`] = ratioOf(p, 'tbtMs', bareTbtMs);
      figures[`pages.${p}.lcpRatio`] = ratioOf(p, 'lcpMs', bareLcpMs);
    }
    Object.assign(figures, {
      lighthousePerformance: Math.min(...guides.map((p) => figures[`pages.${p}.lighthousePerformance`])),
      lighthouseAccessibility: Math.min(...guides.map((p) => figures[`pages.${p}.lighthouseAccessibility`])),
      pagesBelow95: guides.filter((p) => figures[`pages.${p}.lighthousePerformance`] < MIN_PERFORMANCE).length,
      bareLighthousePerformance: med('bare', 'performance'),
      bareLighthouseAccessibility: med('bare', 'accessibility'),
      bareTbtMs: Math.round(bareTbtMs),
      bareLcpMs: Math.round(bareLcpMs),
      tbtRatio: Math.max(...guides.map((p) => figures[`pages.${p}.tbtRatio`])),
      lcpRatio: Math.max(...guides.map((p) => figures[`pages.${p}.lcpRatio`])),
    });
    const rows = [];
    const goals = [
      goal('lighthousePerformance', figures.lighthousePerformance, `>= ${MIN_PERFORMANCE}`, figures.bareLighthousePerformance),
      goal('lighthouseAccessibility', figures.lighthouseAccessibility, '= 100', figures.bareLighthouseAccessibility),
      goal('tbtRatio', figures.tbtRatio, '<= 1.5'),
      goal('lcpRatio', figures.lcpRatio, '<= 1.1'),
    ];
    for (const p of guides) {
      rows.push({metric: `Lighthouse performance ${p}`, value: figures[`pages.${p}.lighthousePerformance`], bare: figures.bareLighthousePerformance});
      rows.push({metric: `  Total Blocking Time (ms) ${p}`, value: figures[`pages.${p}.tbtMs`], bare: figures.bareTbtMs, ratio: figures[`pages.${p}.tbtRatio`]});
      rows.push({metric: `  Largest Contentful Paint (ms) ${p}`, value: figures[`pages.${p}.lcpMs`], bare: figures.bareLcpMs, ratio: figures[`pages.${p}.lcpRatio`]});
      rows.push({metric: `Lighthouse accessibility ${p}`, value: figures[`pages.${p}.lighthouseAccessibility`], bare: figures.bareLighthouseAccessibility});
    }
    rows.push({metric: `guide pages with Lighthouse performance below ${MIN_PERFORMANCE}`, value: `${figures.pagesBelow95} of ${guides.length}`});
    return {figures, rows, goals};
  },
};
