// JavaScript a reader's browser downloads on first load, before any click: every .js response,
// prefetches included, gzip level 6 of the served bytes (KB = 1024 bytes, 1280x720 viewport),
// for each guide page and for the bare docs page. The part only prefetched for the page's links
// (never run as a <script>) is reported apart.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {openHydrated} from '../../../tools/site.mjs';
import {networkQuiet, newPage} from '../browser.mjs';
import {fileFor} from '../server.mjs';
import {goal, round1, round2} from '../stats.mjs';

const gzipKB = (buffer) => zlib.gzipSync(buffer).length / 1024;

/** Every .js the page downloads on load (before any click), with its gzip size in KB. */
async function firstLoadJs(browser, server, urlPath) {
  const {context, page} = await newPage(browser);
  const urls = new Set();
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (/\.m?js(\?|$)/.test(new URL(response.url()).pathname) || type.includes('javascript')) urls.add(response.url());
  });
  await openHydrated(page, server.url + urlPath, 30_000);
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

export default {
  id: 'page-weight',
  title: 'JavaScript on first load (gzip)',
  async run(ctx) {
    const {siteDir, guides, barePage, siteServer, bareServer} = await ctx.site.ready();
    const browser = await ctx.browser();
    const figures = {};
    const bare = await firstLoadJs(browser, bareServer, barePage);
    const describe = (r) => `${r.kb.toFixed(1)} KB in ${r.chunks.length} files (${r.prefetchKb.toFixed(1)} KB of it prefetched for links)`;
    ctx.log(`bare ${barePage}: ${describe(bare)}`);
    const names = chunkNames(siteDir);
    let worst;
    for (const url of guides) {
      const guide = await firstLoadJs(browser, siteServer, url);
      figures[`pages.${url}.jsGzipKB`] = round1(guide.kb);
      figures[`pages.${url}.jsPrefetchGzipKB`] = round1(guide.prefetchKb);
      ctx.log(`${url}: ${describe(guide)}`);
      if (!worst || guide.kb > worst.kb) worst = {...guide, url};
    }
    const ranKb = Math.max(...guides.map((url) => figures[`pages.${url}.jsGzipKB`] - figures[`pages.${url}.jsPrefetchGzipKB`]));
    Object.assign(figures, {
      guideJsGzipKB: round1(worst.kb),
      bareJsGzipKB: round1(bare.kb),
      guideJsRatio: round2(worst.kb / bare.kb),
      guideJsRunGzipKB: round1(ranKb),
      bareJsRunGzipKB: round1(bare.kb - bare.prefetchKb),
    });
    ctx.log(`heaviest guide page ${worst.url}; its largest files (gzip KB):`);
    for (const chunk of worst.chunks) {
      const id = chunk.file.replace(/\.[0-9a-f]{8}\.js$/, '');
      ctx.log(`  ${chunk.kb.toFixed(1).padStart(6)}  ${chunk.file}${names.has(id) ? `  (${names.get(id)})` : ''}${chunk.prefetch ? '  prefetched' : ''}`);
    }
    ctx.log(`bare page's files: ${bare.chunks.map((c) => `${c.file} ${c.kb.toFixed(1)}`).join(', ')}`);
    const runRatio = figures.guideJsRunGzipKB / figures.bareJsRunGzipKB;
    return {
      figures,
      rows: [
        {metric: 'guide JS, gzip KB (worst page)', value: figures.guideJsGzipKB, bare: figures.bareJsGzipKB, ratio: figures.guideJsRatio},
        {metric: '  of it run on load (no link prefetches)', value: figures.guideJsRunGzipKB, bare: figures.bareJsRunGzipKB, ratio: round2(runRatio)},
      ],
      goals: [goal('guideJsRatio', figures.guideJsRatio, '<= 1.1')],
    };
  },
};
