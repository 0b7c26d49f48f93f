// The handbook in a coding assistant: the MCP server (mcp/) built from the benchmarked site's
// build, started over stdio with the SDK's own client as an editor starts it, and the "Use with
// AI" menu of a guide page.
//   MCP: time from spawn to a finished initialize handshake; the first search after that (a
//   pasted troubleshooting message the server did not warm up on, median of the rounds: the
//   speed goal is 100 ms); every entry's message searched once afterwards (p50, p95); the sizes
//   of the index, the bundle and the packed package.
//   Menu: JavaScript requested before the menu opens that only the menu needs (goal: none), the
//   gzip KB it loads when opened, and the gzip KB of the trigger compiled alone (what it adds to
//   the page's own scripts).
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {pathToFileURL} from 'node:url';
import zlib from 'node:zlib';
import {ensureDependencies} from '../../setup.mjs';
import {openHydrated} from '../../../tools/site.mjs';
import {networkQuiet, newPage} from '../browser.mjs';
import {fileFor} from '../server.mjs';
import {goal, median, percentile, round1} from '../stats.mjs';

const kb = (bytes) => bytes / 1024;
const gzipKB = (buffer) => kb(zlib.gzipSync(buffer).length);

/** The MCP server built from `siteDir`'s build (its dependencies: the working tree's mcp/). */
function buildServer(root, siteDir) {
  const mcpDir = path.join(siteDir, 'mcp');
  ensureDependencies(path.join(root, 'mcp'));
  fs.rmSync(path.join(mcpDir, 'node_modules'), {recursive: true, force: true});
  fs.symlinkSync(path.join(root, 'mcp', 'node_modules'), path.join(mcpDir, 'node_modules'), 'dir');
  const out = spawnSync(process.execPath, [path.join(mcpDir, 'scripts', 'build.mjs')], {cwd: siteDir, encoding: 'utf8'});
  if (out.status !== 0) throw new Error(`mcp/scripts/build.mjs failed:\n${out.stdout}\n${out.stderr}`);
  return mcpDir;
}

async function sdkClient(root) {
  const sdk = createRequire(path.join(root, 'mcp', 'package.json'));
  const load = (name) => import(pathToFileURL(sdk.resolve(name)).href);
  const [{Client}, {StdioClientTransport}] = await Promise.all([load('@modelcontextprotocol/sdk/client/index.js'), load('@modelcontextprotocol/sdk/client/stdio.js')]);
  return {Client, StdioClientTransport};
}

/** Every troubleshooting message of every line's pages, as a reader pastes it (from the twins). */
function messages(mcpDir) {
  const index = JSON.parse(fs.readFileSync(path.join(mcpDir, 'dist', 'handbook.json'), 'utf8'));
  return index.lines.flatMap((line) =>
    line.pages.flatMap((page) => {
      const section = /^## Troubleshooting\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(index.twins[page.twin]);
      return [...(section?.[1] ?? '').matchAll(/^### .+\n\n(`{3,})[^\n]*\n([\s\S]*?)\n\1$/gm)].map((m) => ({
        line: line.id,
        message: m[2]
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .join(' '),
      }));
    }),
  );
}

async function serverRound({Client, StdioClientTransport}, mcpDir, first, all) {
  const client = new Client({name: 'bench', version: '1.0.0'});
  const spawned = performance.now();
  await client.connect(new StdioClientTransport({command: process.execPath, args: [path.join(mcpDir, 'dist', 'server.js')]}));
  const startMs = performance.now() - spawned;
  const search = async ({line, message}) => {
    const since = performance.now();
    const result = await client.callTool({name: 'search_handbook', arguments: {query: message, line}});
    if (result.isError) throw new Error(`search_handbook failed: ${result.content[0]?.text}`);
    return performance.now() - since;
  };
  const firstSearchMs = await search(first);
  const searchMs = [];
  for (const entry of all ?? []) searchMs.push(await search(entry));
  await client.close();
  return {startMs, firstSearchMs, searchMs};
}

/** JS files requested before the menu opens and those its opening adds (gzip KB each). */
async function menuScripts(browser, server, urlPath) {
  const {context, page} = await newPage(browser);
  const scripts = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.js$/.test(new URL(request.url()).pathname)) scripts.push(request.url());
  });
  await openHydrated(page, server.url + urlPath, 30_000);
  await networkQuiet(page, 1000);
  const before = scripts.length;
  await page.getByRole('article').locator('summary', {hasText: 'Use with AI'}).click();
  await page.getByRole('link', {name: 'Open in ChatGPT'}).waitFor();
  await networkQuiet(page, 500);
  await context.close();
  const sized = (urls) =>
    urls.map((url) => {
      const file = fileFor(server.mounts, decodeURIComponent(new URL(url).pathname));
      if (!file) throw new Error(`${urlPath}: ${url} is not a file of the build`);
      const text = fs.readFileSync(file);
      return {file, kb: gzipKB(text), menu: text.includes('Copy MCP configuration')};
    });
  return {before: sized(scripts.slice(0, before)), opened: sized(scripts.slice(before))};
}

/** The menu's trigger (src/components/AiMenu/index.tsx) compiled and minified alone: what it adds to the page's scripts. */
async function triggerGzipKB(root) {
  const {build} = await import(pathToFileURL(path.join(root, 'mcp', 'node_modules', 'esbuild', 'lib', 'main.js')).href);
  const out = await build({
    entryPoints: [path.join(root, 'src', 'components', 'AiMenu', 'index.tsx')],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    external: ['react', 'react/jsx-runtime', './Panel'],
    loader: {'.css': 'empty', '.module.css': 'empty'},
    logLevel: 'silent',
  });
  return gzipKB(Buffer.from(out.outputFiles[0].contents));
}

export default {
  id: 'mcp',
  title: 'MCP server and the AI menu',
  async run(ctx) {
    const {siteDir, guides, siteServer} = await ctx.site.ready();
    const mcpDir = buildServer(ctx.root, siteDir);
    const sdk = await sdkClient(ctx.root);
    const all = messages(mcpDir);
    if (all.length === 0) throw new Error('the handbook has no troubleshooting entry to search for');
    const rounds = ctx.quick ? 1 : 5;
    const runs = [];
    // The server warms up on each line's first entry: the first search takes others, from the end.
    for (let round = 0; round < rounds; round++) runs.push(await serverRound(sdk, mcpDir, all[all.length - 1 - (round % all.length)], round === 0 ? all : undefined));
    const searchMs = runs[0].searchMs;
    const dist = (file) => fs.statSync(path.join(mcpDir, 'dist', file)).size;
    const tarball = path.join(siteDir, 'build', 'mcp', `${JSON.parse(fs.readFileSync(path.join(mcpDir, 'package.json'), 'utf8')).name}.tgz`);

    const browser = await ctx.browser();
    const page = guides.find((p) => p.endsWith('/multiple-databases')) ?? guides[0];
    const scripts = await menuScripts(browser, siteServer, page);
    const sum = (list) => list.reduce((total, s) => total + s.kb, 0);
    const figures = {
      mcpStartMs: round1(median(runs.map((r) => r.startMs))),
      mcpFirstSearchMs: round1(median(runs.map((r) => r.firstSearchMs))),
      mcpSearchP50Ms: round1(percentile(searchMs, 50)),
      mcpSearchP95Ms: round1(percentile(searchMs, 95)),
      mcpSearches: searchMs.length,
      mcpIndexKB: round1(kb(dist('handbook.json'))),
      mcpServerKB: round1(kb(dist('server.js'))),
      mcpPackageKB: round1(kb(fs.statSync(tarball).size)),
      aiMenuJsBeforeOpenKB: round1(sum(scripts.before.filter((s) => s.menu))),
      aiMenuOpenJsGzipKB: round1(sum(scripts.opened)),
      aiMenuTriggerGzipKB: round1(await triggerGzipKB(ctx.root)),
    };
    ctx.log(`MCP server: ready ${figures.mcpStartMs} ms after spawn; first search ${figures.mcpFirstSearchMs} ms (median of ${rounds})`);
    ctx.log(`  ${searchMs.length} pasted messages: p50 ${figures.mcpSearchP50Ms} ms, p95 ${figures.mcpSearchP95Ms} ms`);
    ctx.log(`  index ${figures.mcpIndexKB} KB, server bundle ${figures.mcpServerKB} KB, package ${figures.mcpPackageKB} KB`);
    ctx.log(`AI menu on ${page}: ${scripts.before.length} scripts before opening (${scripts.before.filter((s) => s.menu).length} of the menu's), ${scripts.opened.length} loaded on opening (${figures.aiMenuOpenJsGzipKB} KB gzip); trigger alone ${figures.aiMenuTriggerGzipKB} KB gzip`);
    return {
      figures,
      rows: [
        {metric: 'MCP: ready after spawn, ms', value: figures.mcpStartMs},
        {metric: 'MCP: first search after start, ms', value: figures.mcpFirstSearchMs},
        {metric: `MCP: search p50 / p95 of ${searchMs.length} messages, ms`, value: `${figures.mcpSearchP50Ms} / ${figures.mcpSearchP95Ms}`},
        {metric: 'MCP: index / bundle / package, KB', value: `${figures.mcpIndexKB} / ${figures.mcpServerKB} / ${figures.mcpPackageKB}`},
        {metric: 'AI menu: JS before opening / on opening, gzip KB', value: `${figures.aiMenuJsBeforeOpenKB} / ${figures.aiMenuOpenJsGzipKB}`},
      ],
      goals: [goal('mcpFirstSearchMs', figures.mcpFirstSearchMs, '<= 100'), goal('aiMenuJsBeforeOpenKB', figures.aiMenuJsBeforeOpenKB, '<= 0')],
    };
  },
};
