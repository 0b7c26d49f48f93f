// The speed layer's A/B table: each piece that changes how Docusaurus works (docusaurus.config.ts,
// src/plugins/speed-layer) against the same site with that piece back to stock, built in this run
// (SPEED_LAYER_OFF) and measured on the three longest guides at 4x CPU throttling, the builds
// interleaved round by round, medians: main-thread blocking time until the page is hydrated and
// its network quiet (long tasks' time beyond 50 ms), time until hydrated (data-has-hydrated), JS
// bytes transferred before the first click, and the wait from a click on a copy button and on a
// tab to the frame that shows its effect. A gain is the stock figure over the piece's, minus 1.
//
// BENCH_SPEED_LAYER_BUILDS=<dir> keeps the builds there and reuses those already built (to look at
// the figures again without building; a change to the site needs a fresh folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {guidePaths, sitemapPaths} from '../../../tools/site.mjs';
import {networkQuiet, newPage} from '../browser.mjs';
import {startServer} from '../server.mjs';
import {build} from '../site.mjs';
import {median, round1, round2} from '../stats.mjs';
import {mainThreadTasks} from '../trace.mjs';

/** Each piece, and what SPEED_LAYER_OFF names to build the site without it. */
export const PIECES = [
  {id: 'prefetchOnIntent', what: 'src/clientModules/prefetchOnIntent.ts: link prefetch on intent, not in view'},
  {id: 'prismOnDemand', what: 'src/plugins/prism-on-demand: Prism out of main'},
  {id: 'codeBlock', what: 'src/theme/CodeBlock (index, Container, Content): server HTML kept, no remount'},
  {id: 'codeWordWrap', what: 'src/theme/CodeBlock/Content/String: word-wrap measured by ResizeObserver'},
  {id: 'tabs', what: 'src/theme/Tabs: no remount after hydration'},
];
const CPU_THROTTLING = 4;
const GUIDES = 3;
/** A piece stays where it buys at least this much on one measure of one page. */
const KEEP_AT = 0.1;
const fmt = (n) => (n === undefined ? '-' : String(Math.round(n)));

/** Installed before any page script: long tasks, the hydration time, and click-to-frame waits. */
function watchPage() {
  const speed = (window.__speed = {longTasks: [], hydratedAt: undefined, clicks: []});
  new PerformanceObserver((list) => speed.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({type: 'longtask', buffered: true});
  new MutationObserver((_, observer) => {
    if (document.documentElement?.getAttribute('data-has-hydrated') !== 'true') return;
    speed.hydratedAt = performance.now();
    observer.disconnect();
  }).observe(document, {attributes: true, subtree: true, attributeFilter: ['data-has-hydrated']}); // no <html> yet
  // From the click's input time to the end of the frame after the first change of the clicked
  // control's block (its copy button's state, or the tab group's selection and panels).
  document.addEventListener(
    'click',
    (event) => {
      const scope = event.target instanceof Element ? event.target.closest('.theme-code-block, .tabs-container') : null;
      if (!scope) return;
      const click = {at: event.timeStamp, waitMs: undefined};
      speed.clicks.push(click);
      new MutationObserver((_, observer) => {
        observer.disconnect();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (click.waitMs = performance.now() - click.at);
          channel.port2.postMessage(null);
        });
      }).observe(scope, {attributes: true, childList: true, subtree: true, characterData: true});
    },
    true,
  );
}

async function clickWait(page, locator) {
  const before = await page.evaluate(() => window.__speed.clicks.length);
  await locator.click();
  await page.waitForFunction((n) => window.__speed.clicks.length > n && window.__speed.clicks.at(-1).waitMs !== undefined, before, {timeout: 30_000});
  return page.evaluate(() => window.__speed.clicks.at(-1).waitMs);
}

/** One load of `url` at 4x CPU throttling, then a click on a copy button and (if any) a tab. */
async function measure(browser, url) {
  const {context, page} = await newPage(browser, watchPage);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_THROTTLING});
    const {tasks} = await mainThreadTasks(page, async () => {
      await page.goto(url);
      await page.locator('html[data-has-hydrated="true"]').waitFor({timeout: 120_000});
      await networkQuiet(page, 1000, 30_000);
    });
    // The CPU time each task got, throttled: a loaded machine stretches wall times far more.
    const blockingCpuMs = tasks.reduce((sum, t) => sum + Math.max(0, CPU_THROTTLING * t.cpuMs - 50), 0);
    const load = await page.evaluate(() => ({
      blockingMs: window.__speed.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      hydratedMs: window.__speed.hydratedAt,
      jsKB:
        performance
          .getEntriesByType('resource')
          .filter((e) => /\.js(\?|$)/.test(new URL(e.name).pathname))
          .reduce((sum, e) => sum + e.encodedBodySize, 0) / 1024,
    }));
    const block = page.locator('article .theme-code-block').first();
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    const copyMs = await clickWait(page, block.getByRole('button', {name: /copy/i}));
    const tablist = page.locator('article [role="tablist"]').first();
    const tabMs = (await tablist.count()) ? await clickWait(page, tablist.getByRole('tab').nth(1)) : undefined;
    return {...load, blockingCpuMs, copyMs, tabMs};
  } finally {
    await context.close();
  }
}

const MEASURES = [
  {key: 'blockingCpuMs', label: 'blocking CPU ms'},
  {key: 'blockingMs', label: 'blocking ms'},
  {key: 'hydratedMs', label: 'hydrated ms'},
  {key: 'jsKB', label: 'JS KB'},
  {key: 'copyMs', label: 'copy ms'},
  {key: 'tabMs', label: 'tab ms'},
];

/** The builds: the site as it is ("all") and one per piece with that piece off. */
function variantBuilds(ctx) {
  const dir = process.env.BENCH_SPEED_LAYER_BUILDS ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-speed-layer-'));
  const only = process.env.BENCH_SPEED_LAYER_PIECES?.split(',');
  const variants = [{id: 'all', off: ''}, ...PIECES.filter((p) => !only || only.includes(p.id)).map((p) => ({id: p.id, off: p.id}))];
  for (const variant of variants) {
    variant.dir = path.join(dir, variant.id);
    if (fs.existsSync(path.join(variant.dir, 'sitemap.xml'))) continue;
    // No persistent bundler cache: builds of the same copy differ only by the environment.
    const seconds = build(ctx.root, ctx.site.copied(), {outDir: variant.dir, env: {SPEED_LAYER_OFF: variant.off, DOCUSAURUS_NO_PERSISTENT_CACHE: '1'}});
    ctx.log(`built ${variant.id === 'all' ? 'the site' : `without ${variant.id}`} in ${seconds.toFixed(0)} s`);
  }
  return {dir, variants, temporary: !process.env.BENCH_SPEED_LAYER_BUILDS};
}

/** The `count` guide pages with the most HTML, and the longest one with tabs if none of them has. */
function longestGuides(buildDir, count) {
  const htmlOf = (p) => fs.readFileSync(path.join(buildDir, p, 'index.html'), 'utf8');
  const guides = guidePaths(sitemapPaths(buildDir))
    .map((p) => ({path: p, html: htmlOf(p)}))
    .sort((a, b) => b.html.length - a.html.length);
  const longest = guides.slice(0, count);
  const hasTabs = (g) => g.html.includes('role="tablist"');
  if (!longest.some(hasTabs)) longest.push(guides.find(hasTabs));
  return longest.filter(Boolean).map((g) => g.path);
}

export default {
  id: 'speed-layer',
  title: `Speed layer A/B: each piece against stock Docusaurus, ${CPU_THROTTLING}x CPU throttling`,
  async run(ctx) {
    const {dir, variants, temporary} = variantBuilds(ctx);
    const servers = [];
    try {
      for (const variant of variants) servers.push((variant.server = await startServer([['/', variant.dir]])));
      const guides = longestGuides(variants[0].dir, GUIDES);
      const browser = await ctx.browser();
      const rounds = Number(process.env.BENCH_SPEED_LAYER_ROUNDS ?? (ctx.quick ? 1 : 5));
      const runs = new Map();
      const runsOf = (variant, guide) => runs.get(`${variant.id} ${guide}`) ?? runs.set(`${variant.id} ${guide}`, []).get(`${variant.id} ${guide}`);
      ctx.log(`pages: ${guides.join(', ')}; ${rounds} rounds of ${variants.length} builds; load average before ${os.loadavg().map(round1).join(' ')}`);
      for (let round = 0; round < rounds; round++) {
        // Interleaved, and each round in another order, so a burst of load on the machine falls on every build.
        const order = variants.map((_, i) => variants[(i + round) % variants.length]);
        for (const guide of guides) for (const variant of order) runsOf(variant, guide).push(await measure(browser, variant.server.url + guide));
      }
      for (const [key, list] of runs) ctx.log(`${key}: ${MEASURES.map(({label, key: k}) => `${label} ${list.map((r) => fmt(r[k])).join(' ')}`).join(', ')}`);
      const loadAfter = os.loadavg().map(round1).join(' ');
      const med = (variant, guide, key) => {
        const values = runsOf(variant, guide)
          .map((r) => r[key])
          .filter((v) => v !== undefined);
        return values.length ? median(values) : undefined;
      };
      const figures = {speedLayerLoadAverageAfter: loadAfter};
      const all = variants[0];
      for (const guide of guides) for (const {key} of MEASURES) if (med(all, guide, key) !== undefined) figures[`pages.${guide}.speedLayer.${key}`] = round1(med(all, guide, key));
      // The table: for each piece and measure, the stock figure and the gain on each page.
      const rows = [];
      const cell = (text, width) => String(text).padStart(width);
      ctx.log(`A/B: each piece's gain (stock figure / figure with it - 1) on ${guides.map((g, i) => `[${i + 1}] ${g}`).join(', ')}`);
      ctx.log(`${'with all pieces'.padEnd(18)}${MEASURES.map(({label, key}) => cell(`${label} ${guides.map((g) => fmt(med(all, g, key))).join('/')}`, 30)).join('')}`);
      for (const piece of PIECES) {
        const variant = variants.find((v) => v.id === piece.id);
        if (!variant) continue;
        const best = {gain: -Infinity};
        const cells = MEASURES.map(({key}) => {
          const gains = guides.map((guide) => {
            const withIt = med(all, guide, key);
            const stock = med(variant, guide, key);
            if (withIt === undefined || stock === undefined) return undefined;
            figures[`pages.${guide}.speedLayer.${piece.id}.${key}`] = round1(stock);
            const gain = stock / Math.max(withIt, 0.1) - 1;
            if (gain > best.gain) Object.assign(best, {gain, key, guide, withIt, stock});
            return gain;
          });
          return cell(gains.map((g) => (g === undefined ? '-' : `${g >= 0 ? '+' : ''}${Math.round(g * 100)}%`)).join('/'), 30);
        });
        const kept = best.gain >= KEEP_AT;
        ctx.log(`${piece.id.padEnd(18)}${cells.join('')}  ${kept ? 'KEEP' : 'stock'}`);
        figures[`speedLayer.${piece.id}.bestGain`] = round2(best.gain);
        const label = MEASURES.find((m) => m.key === best.key)?.label;
        rows.push({metric: `speed layer ${piece.id}: best, ${label} ${best.guide}`, value: round1(best.withIt), bare: round1(best.stock), ratio: round2(best.gain)});
      }
      ctx.log(`load average after: ${loadAfter}; in the table, "bare" is the page with that piece back to stock, "ratio" the gain`);
      return {figures, rows};
    } finally {
      for (const server of servers) await server.close();
      if (temporary) fs.rmSync(dir, {recursive: true, force: true});
    }
  },
};
