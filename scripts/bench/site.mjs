// The sites the benchmark measures, built once per run and shared by its parts: a copy of the
// working tree (what a clean clone has, plus files not committed yet) and the bare baselines.
// Building copies keeps .docusaurus, the caches and build/ of the working tree untouched for
// whoever else is building there.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {guidePaths, sitemapPaths} from '../../tools/site.mjs';
import {startServer} from './server.mjs';

const require = createRequire(import.meta.url);
const baselines = path.join(path.dirname(fileURLToPath(import.meta.url)), 'baselines');

// Resolved when first needed: on a fresh clone, node_modules appears only once the bench runs.
const docusaurusBin = () => path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'bin', 'docusaurus.mjs');

function gitFiles(root, args) {
  const listed = spawnSync('git', ['ls-files', '-z', ...args], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((file) => file && !file.startsWith('bench/'));
}

/**
 * Copies the working tree's files (tracked, and new ones git does not ignore) to `target`, and
 * makes it a git checkout tracking what the working tree tracks, so build steps that ask git
 * (the examples manifest) see what they see in the working tree.
 */
function copyWorkingTree(root, target) {
  fs.rmSync(target, {recursive: true, force: true});
  fs.mkdirSync(target, {recursive: true});
  const copied = new Set();
  for (const file of gitFiles(root, ['--cached', '--others', '--exclude-standard'])) {
    const source = path.join(root, file);
    if (!fs.statSync(source, {throwIfNoEntry: false})?.isFile()) continue; // deleted, or a link to a folder (node_modules)
    fs.mkdirSync(path.dirname(path.join(target, file)), {recursive: true});
    fs.copyFileSync(source, path.join(target, file));
    copied.add(file);
  }
  const tracked = gitFiles(root, ['--cached']).filter((file) => copied.has(file));
  const git = (args, input) => {
    const out = spawnSync('git', args, {cwd: target, input, encoding: 'utf8'});
    if (out.status !== 0) throw new Error(`git ${args[0]} in ${target} failed: ${out.stderr}`);
  };
  git(['init', '-q']);
  git(['add', '-f', '--pathspec-from-file=-', '--pathspec-file-nul'], tracked.join('\0'));
  return copied.size;
}

/** A fresh copy of a baseline folder in bench/work/baselines/<name> (same depth as its source). */
function copyBaseline(work, name) {
  const target = path.join(work, 'baselines', name);
  fs.rmSync(target, {recursive: true, force: true});
  fs.cpSync(path.join(baselines, name), target, {recursive: true});
  return target;
}

/** `docusaurus build` of `siteDir` (into `outDir` if given, with `env` added); its time in s. */
export function build(root, siteDir, {outDir, env} = {}) {
  const since = performance.now();
  const args = [docusaurusBin(), 'build', siteDir, ...(outDir ? ['--out-dir', outDir] : [])];
  const out = spawnSync(process.execPath, args, {cwd: root, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}});
  if (out.status !== 0) throw new Error(`docusaurus build ${path.relative(root, siteDir)} failed:\n${out.stdout}\n${out.stderr}`);
  return (performance.now() - since) / 1000;
}

/**
 * The built sites, on demand: `measureBuilds(rounds)` builds cold then warm and returns the
 * times; `ready()` builds once if nothing did yet, then serves both and returns what parts need.
 */
export function createSites({root, work, log}) {
  const siteDir = path.join(work, 'site');
  let bareDir;
  let copied = false;
  let built = false;
  let served;

  function copy() {
    const files = copyWorkingTree(root, siteDir);
    log(`copied ${files} files of the working tree to ${path.relative(root, siteDir)}`);
    copied = true;
  }

  function buildBoth() {
    copy();
    bareDir = copyBaseline(work, 'bare-docs');
    const times = {siteCold: build(root, siteDir), bareCold: build(root, bareDir)};
    built = true;
    return times;
  }

  return {
    siteDir,
    /** The copy of the working tree (made once), for a part that builds it its own way. */
    copied() {
      if (!copied) copy();
      return siteDir;
    },
    measureBuilds(rounds) {
      const times = {siteCold: [], siteWarm: [], bareCold: [], bareWarm: []};
      for (let round = 0; round < rounds; round++) {
        // Cold: a fresh copy, so no .docusaurus and no bundler cache. Warm: the same build again.
        const cold = buildBoth();
        times.siteCold.push(cold.siteCold);
        times.bareCold.push(cold.bareCold);
        times.siteWarm.push(build(root, siteDir));
        times.bareWarm.push(build(root, bareDir));
      }
      return times;
    },
    async ready() {
      if (served) return served;
      if (!built) buildBoth();
      const sqljsDir = copyBaseline(work, 'sqljs');
      const dist = path.dirname(require.resolve('sql.js/dist/sql-wasm.js'));
      for (const file of ['worker.sql-wasm.js', 'sql-wasm.wasm']) fs.copyFileSync(path.join(dist, file), path.join(sqljsDir, file));
      // BENCH_PAGES (comma-separated parts of paths) narrows the guide pages, to look at a few
      // closely; a full run measures every one.
      const wanted = process.env.BENCH_PAGES?.split(',').map((s) => s.trim()).filter(Boolean);
      const guides = guidePaths(sitemapPaths(path.join(siteDir, 'build'))).filter((p) => !wanted || wanted.some((w) => p.includes(w)));
      const barePage = sitemapPaths(path.join(bareDir, 'build')).find((p) => p.startsWith('/docs/'));
      if (guides.length === 0) throw new Error(`the sitemap lists no guide page${wanted ? ` matching BENCH_PAGES=${process.env.BENCH_PAGES}` : ''}`);
      if (!barePage) throw new Error('the bare site has no docs page');
      const siteServer = await startServer([
        ['/__bench/sqljs/', sqljsDir],
        ['/', path.join(siteDir, 'build')],
      ]);
      const bareServer = await startServer([['/', path.join(bareDir, 'build')]]);
      served = {siteDir, guides, barePage, siteServer, bareServer};
      return served;
    },
    async close() {
      await served?.siteServer.close();
      await served?.bareServer.close();
    },
  };
}
