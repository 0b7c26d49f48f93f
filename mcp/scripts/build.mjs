// Builds the MCP server from the site's build: the handbook index (dist/handbook.json: lines,
// twins, search indexes, compatibility data), the server bundle (dist/server.js, with the site's
// search code in it), and the package a reader runs with npx, packed into the site's build at
// /mcp/<package name>.tgz, where the AI menu's MCP configuration points. Run it after
// `docusaurus build`; `npm run build` at the root runs both.
//
//   node mcp/scripts/build.mjs [--no-pack]
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const mcpDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(mcpDir, '..');
const buildDir = path.join(root, 'build');
const distDir = path.join(mcpDir, 'dist');
const pkg = JSON.parse(fs.readFileSync(path.join(mcpDir, 'package.json'), 'utf8'));
const started = Date.now();

function fail(message) {
  console.error(`[mcp] ${message}`);
  process.exit(1);
}

function run(command, args, cwd = mcpDir) {
  const result = spawnSync(command, args, {cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8'});
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})${result.stdout ? `:\n${result.stdout}` : ''}`);
  return result.stdout;
}

function readBuilt(file) {
  const target = path.join(buildDir, file);
  if (!fs.existsSync(target)) fail(`build/${file} is missing: build the site first (npx docusaurus build)`);
  return fs.readFileSync(target, 'utf8');
}

// Its own dependencies, from its own lockfile.
if (!fs.existsSync(path.join(mcpDir, 'node_modules', '.package-lock.json'))) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);

// 1. The index: lines and pages from the skills plugin, each page's twin, each line's search
// index (where the site's search box reads it: `/` for current versions, the version's route
// otherwise), and what the tests ran each line's examples with.
const skills = JSON.parse(readBuilt('skills/index.json'));
const compatibility = JSON.parse(readBuilt('compatibility.json'));
const bare = (p) => p.replace(/\/$/, '') || '/';
const twins = {};
const searchIndexes = {};
const lines = skills.lines.map((line) => {
  const searchUrl = line.current ? '/' : `${bare(line.path)}/`;
  searchIndexes[searchUrl] ??= JSON.parse(readBuilt(`${searchUrl.slice(1)}search-index.json`));
  for (const page of line.pages) twins[page.twin] = readBuilt(page.twin.slice(1));
  // The same docs version: its name, or its route.
  const tested = compatibility.lines.find((c) => c.family === line.family && (c.name === line.name || bare(c.route ?? '') === bare(line.path)));
  if (!tested) fail(`build/compatibility.json has no entry for ${line.id} (route ${line.path})`);
  return {...line, searchUrl, tested: tested.rows};
});
fs.rmSync(distDir, {recursive: true, force: true});
fs.mkdirSync(distDir, {recursive: true});
fs.writeFileSync(path.join(distDir, 'handbook.json'), JSON.stringify({site: skills.site, lines, twins, searchIndexes}));

// 2. Type-check, then bundle. The search package's worker is bundled with the two helpers the
// site swaps into it (src/plugins/error-message-search/index.ts does the same for webpack) and
// with the constants the site's build generated for it (index file name, result limit, fuzziness).
run(path.join(mcpDir, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json']);
const {build} = await import(path.join(mcpDir, 'node_modules', 'esbuild', 'lib', 'main.js'));
const searchPackage = `${path.sep}docusaurus-search-local${path.sep}`;
const ours = {
  tokenize: path.join(root, 'src', 'plugins', 'error-message-search', 'tokenize.ts'),
  sortSearchResults: path.join(root, 'src', 'plugins', 'error-message-search', 'rank.ts'),
};
const generated = path.join(root, '.docusaurus', '@easyops-cn', 'docusaurus-search-local', 'default');
const swapped = new Set();
const siteSearch = {
  name: 'site-search',
  setup(b) {
    b.onResolve({filter: /^\.\.\/utils\/(tokenize|sortSearchResults)$/}, (args) => {
      if (!args.importer.includes(searchPackage)) return undefined;
      const helper = /(tokenize|sortSearchResults)$/.exec(args.path)[1];
      swapped.add(helper);
      return {path: ours[helper]};
    });
    b.onResolve({filter: /^@generated\/@easyops-cn\/docusaurus-search-local\/default\//}, (args) => {
      const file = path.join(generated, args.path.split('/default/')[1]);
      if (!fs.existsSync(file)) fail(`${path.relative(root, file)} is missing: build the site first`);
      return {path: file};
    });
    b.onResolve({filter: /^comlink$/}, () => ({path: path.join(mcpDir, 'src', 'comlink.ts')}));
  },
};
await build({
  entryPoints: [path.join(mcpDir, 'src', 'server.ts')],
  outfile: path.join(distDir, 'server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['@modelcontextprotocol/sdk', '@modelcontextprotocol/sdk/*', 'zod'],
  banner: {js: '#!/usr/bin/env node'},
  define: {HANDBOOK_MCP_VERSION: JSON.stringify(pkg.version)},
  plugins: [siteSearch],
  logLevel: 'warning',
});
const missing = Object.keys(ours).filter((helper) => !swapped.has(helper));
if (missing.length) fail(`the search package's worker no longer imports ${missing.join(', ')}: the site's helpers were not swapped in`);
fs.chmodSync(path.join(distDir, 'server.js'), 0o755);

// 3. The package as npx gets it, served by the site.
const kb = (file) => `${(fs.statSync(file).size / 1024).toFixed(0)} KB`;
let packed = '';
if (!process.argv.includes('--no-pack')) {
  const [{filename}] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', distDir]));
  const target = path.join(buildDir, 'mcp', `${pkg.name}.tgz`);
  fs.mkdirSync(path.dirname(target), {recursive: true});
  fs.renameSync(path.join(distDir, filename), target);
  packed = `, package ${kb(target)} (build/mcp/${path.basename(target)})`;
}
console.log(
  `[mcp] ${lines.length} lines, ${Object.keys(twins).length} pages: index ${kb(path.join(distDir, 'handbook.json'))}, server ${kb(path.join(distDir, 'server.js'))}${packed}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
