// Serves sql.js, its wasm and the playground's worker from the site itself (never a CDN).
// The files are copied into static/sqljs/<content hash>/ (git-ignored), which Docusaurus serves
// in development and copies into the build; the hash in the path lets browsers cache them for
// good. The folder reaches the playground's code as the compile-time constant
// __SQLJS_ASSETS_DIR__ (src/playground/engine/launch.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const WORKER = path.join(__dirname, 'engine', 'playground-worker.js');

export default function sqljsAssets(context: LoadContext): Plugin {
  const dist = path.dirname(createRequire(path.join(context.siteDir, 'package.json')).resolve('sql.js/dist/sql-wasm.js'));
  const sqljs = fs.readFileSync(path.join(dist, 'sql-wasm.js'), 'utf8');
  // The worker is served with sql.js in front of it, so it starts with one script to fetch and
  // compile, not a second one loaded synchronously once it runs (bare sql.js's worker is one file).
  const files = {
    'sql-wasm.wasm': fs.readFileSync(path.join(dist, 'sql-wasm.wasm')),
    'playground-worker.js': `${sqljs}\n;${fs.readFileSync(WORKER, 'utf8')}`,
  };
  const dir = copyAssets(path.join(context.siteDir, 'static', 'sqljs'), files);

  return {
    name: 'sqljs-assets',
    getPathsToWatch: () => [WORKER],
    configureWebpack: (_config, _isServer, {currentBundler}) => ({
      plugins: [new currentBundler.instance.DefinePlugin({__SQLJS_ASSETS_DIR__: JSON.stringify(`sqljs/${dir}/`)})],
    }),
  };
}

/** Writes `files` into `<root>/<hash>/` unless that folder already exists; returns the hash. */
function copyAssets(root: string, files: Record<string, string | Buffer>): string {
  const hash = crypto.createHash('sha256');
  for (const [name, content] of Object.entries(files)) hash.update(name).update(content);
  const dir = hash.digest('hex').slice(0, 12);
  const target = path.join(root, dir);
  if (!fs.existsSync(target)) {
    // Copy to a private folder, then rename: a build running at the same time never sees half.
    const temp = path.join(root, `.tmp-${process.pid}-${Date.now()}`);
    fs.mkdirSync(temp, {recursive: true});
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(temp, name), content);
    try {
      fs.renameSync(temp, target);
    } catch (error) {
      fs.rmSync(temp, {recursive: true, force: true});
      if (!fs.existsSync(target)) throw error;
    }
  }
  for (const entry of fs.readdirSync(root)) {
    if (/^[0-9a-f]{12}$/.test(entry) && entry !== dir) fs.rmSync(path.join(root, entry), {recursive: true, force: true});
  }
  return dir;
}
