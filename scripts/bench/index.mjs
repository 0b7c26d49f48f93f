// `npm run bench`: measures the site, the playground and the examples side by side with bare
// baselines built and served in the same run (so the ratios survive a noisy, shared machine),
// prints a table with the goals, and writes bench/results.json. Speed goals live here only,
// never in tests.
//
//   node scripts/bench/index.mjs [--quick] [--only <id>[,<id>...]]
//
// Each measured thing is a part, a module in parts/ (run in file-name order):
//   export default {id, title, async run(ctx) { return {figures, goals?, rows?} }}
// with ctx = {root, log, chromiumPath, examples (parsed handbook.json files), quick,
// site (the built sites, on demand: ready(), measureBuilds(rounds)), browser() (a shared
// Chromium), work (bench/work)}. figures: {key: number | string}; goals: [{name, value, limit,
// met}]; rows: lines for the table ({metric, value, bare?, ratio?}). A part that throws is
// reported as FAILED (exit code 1) and the others go on. Adding a part is adding a file.
//
// --quick: one round of everything (to check that a part works, not to measure).
// --only: runs those parts alone; the other parts' figures already in results.json stay.
// Environment: CHROMIUM_PATH, BENCH_ROUNDS (rounds of the playground, default 9, and of the
// main-thread part, default 5), BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_ONLY (as --only),
// BENCH_PAGES (only the guide pages whose path contains one of these comma-separated strings).
//
// The keys of bench/results.json (each part's also under parts.<id>):
//   builds       buildColdS, buildWarmS, bareBuildColdS, bareBuildWarmS, guidePageCount
//   page-weight  guideJsGzipKB (heaviest guide page), bareJsGzipKB (a plain Docusaurus docs
//                page, baselines/bare-docs), guideJsRatio (goal <= 1.10), guideJsRunGzipKB,
//                bareJsRunGzipKB, pages.<path>.jsGzipKB, pages.<path>.jsPrefetchGzipKB
//   playground   playgroundFirstResultMs, bareSqljsFirstResultMs, playgroundRatio (goal <= 1.3),
//                playgroundFirstResultWarmMs, bareSqljsFirstResultWarmMs, playgroundWarmRatio
//                (goal <= 1.3), all pressing Start at once; playgroundHoverFirstResultMs,
//                bareSqljsHoverFirstResultMs, playgroundHoverRatio (the pointer resting
//                playgroundIntentMs on Start first), pages.<path>.<click|hover>.playgroundFirstResultMs
//                (and ...WarmMs, .bareSqljsFirstResultMs, ...WarmMs),
//                pages.<path>.<click|hover>.playgroundPhasesMs.<cold|warm>.
//                <worker|running|engineReady|queryAsked|answered|shown> (ms from the click; the
//                bare page's as pages.<path>.bareSqljsPhasesMs..., without running)
//   main-thread  mainThreadCpuRatio (worst guide page / bare, no goal), bareMainThreadCpuMs,
//                bareBlockingCpuMs, pages.<path>.mainThreadCpuMs, .mainThreadCpuRatio,
//                .blockingCpuMs (tasks' CPU x4 beyond 50 ms, as Lighthouse's TBT), .blockingCpuRatio,
//                .longestTaskCpuMs
//   runaway      runawayLongestTaskMs (goal <= 50), runawayLongestTaskCpuMs,
//                quickQueryLongestTaskMs, stopMs, stopLongestTaskMs
//   examples     examples.<name>.bootMs, .graphqlP50Ms, .graphqlP95Ms
//   lighthouse   lighthousePerformance (lowest guide page, goal >= 95), lighthouseAccessibility
//                (goal = 100), pages.<path>.lighthousePerformance, .lighthouseAccessibility,
//                .lcpMs, .tbtMs, .tbtRatio, .lcpRatio, bareLighthousePerformance,
//                bareLighthouseAccessibility, bareTbtMs, bareLcpMs, tbtRatio (worst page, goal
//                <= 1.5), lcpRatio (worst page, goal <= 1.1), pagesBelow95
//   mcp          mcpStartMs, mcpFirstSearchMs (goal <= 100), mcpSearchP50Ms, mcpSearchP95Ms,
//                mcpSearches, mcpIndexKB, mcpServerKB, mcpPackageKB, aiMenuJsBeforeOpenKB
//                (goal <= 0), aiMenuOpenJsGzipKB, aiMenuTriggerGzipKB
//   speed-layer  speedLayer.<piece>.bestGain (the piece's largest gain over stock Docusaurus on one
//                measure of one page), pages.<path>.speedLayer.<measure> (all pieces on),
//                pages.<path>.speedLayer.<piece>.<measure> (that piece back to stock), measures
//                blockingMs, blockingCpuMs, hydratedMs, jsKB, copyMs, tabMs; speedLayerLoadAverageAfter
//   runtimeS
import fs from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import {ensureChromium, ensureDependencies, step} from '../setup.mjs';
import {prepareStandalone} from '../../tools/standaloneExample.mjs';
import {listExamples} from '../../tools/examples.mjs';
import {chromiumPath, root} from '../../tools/paths.mjs';
import {printReport, writeResults} from './report.mjs';
import {createSites} from './site.mjs';

const started = performance.now();
const {values: args} = parseArgs({options: {quick: {type: 'boolean', default: false}, only: {type: 'string'}}});
const only = (args.only ?? process.env.BENCH_ONLY)?.split(',').map((id) => id.trim()).filter(Boolean);
const partsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parts');
const work = path.join(root, 'bench', 'work');
const log = (message) => console.log(`  ${message}`);

const parts = [];
for (const file of fs.readdirSync(partsDir).filter((f) => f.endsWith('.mjs')).sort()) {
  const part = (await import(pathToFileURL(path.join(partsDir, file)).href)).default;
  if (!part?.id || !part.title || typeof part.run !== 'function') throw new Error(`scripts/bench/parts/${file} must export default {id, title, run(ctx)}`);
  parts.push(part);
}
const unknown = only?.filter((id) => !parts.some((part) => part.id === id)) ?? [];
if (unknown.length) {
  console.error(`No bench part ${unknown.map((id) => `"${id}"`).join(', ')}; the parts are: ${parts.map((p) => p.id).join(', ')}`);
  process.exit(1);
}

step('Checking dependencies and Chromium...');
const examples = listExamples();
ensureDependencies();
// The examples run as readers get them: copied out of the repository, installed from their lockfiles.
for (const {name, description} of examples) if (description.runs === 'app') prepareStandalone(name, {log: step});
ensureChromium();
fs.mkdirSync(work, {recursive: true});

let browser;
const ctx = {
  root,
  log,
  chromiumPath,
  examples,
  quick: args.quick,
  work,
  site: createSites({root, work, log}),
  async browser() {
    const {chromium} = await import('@playwright/test');
    browser ??= chromium.launch({executablePath: chromiumPath});
    return browser;
  },
};

const outcomes = [];
for (const part of parts) {
  if (only && !only.includes(part.id)) continue;
  step(`${part.title} [${part.id}]...`);
  const since = performance.now();
  try {
    outcomes.push({part, outcome: await part.run(ctx)});
  } catch (error) {
    console.error(`\n!!! ${part.id} FAILED: ${error?.stack ?? error}\n`);
    const partial = error?.figures ? {figures: error.figures, rows: error.rows} : undefined;
    outcomes.push({part, outcome: partial, error: String(error?.message ?? error).split('\n')[0]});
  }
  log(`(${part.id}: ${((performance.now() - since) / 1000).toFixed(1)} s)`);
}
await (await browser)?.close();
await ctx.site.close();

const resultsFile = path.join(root, 'bench', 'results.json');
const runtimeS = Math.round((performance.now() - started) / 100) / 10;
printReport(outcomes);
if (only) console.log(`Ran ${outcomes.length} of ${parts.length} parts (--only ${only.join(',')}).`);
const keys = writeResults(resultsFile, outcomes, {only, runtimeS});
console.log(`Wrote ${path.relative(root, resultsFile)} (${keys} keys) in ${runtimeS} s.`);
process.exit(outcomes.some((o) => o.error) ? 1 : 0);
