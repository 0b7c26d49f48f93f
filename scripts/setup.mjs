// Set-up shared by `npm start` and `npm test`: each step says what it does, and is skipped
// when already done, so a fresh clone needs nothing typed before those two commands.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {chromiumPath, root, testChromiumPath} from '../tools/paths.mjs';

export {chromiumPath, root};

export function step(message) {
  console.log(`\n> ${message}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {stdio: 'inherit', cwd: root, ...options});
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function mtime(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

/**
 * Installs `dir`'s dependencies when node_modules is missing (`npm ci`: exactly the lockfile) or
 * older than package.json/the lockfile (`npm install`, which keeps what is already there).
 */
export function ensureDependencies(dir = root) {
  const installed = mtime(path.join(dir, 'node_modules', '.package-lock.json'));
  const wanted = Math.max(mtime(path.join(dir, 'package.json')), mtime(path.join(dir, 'package-lock.json')));
  if (installed && installed >= wanted) return;
  const command = installed ? 'install' : 'ci';
  step(`Installing dependencies in ${path.relative(root, dir) || 'the site'} (npm ${command})...`);
  run('npm', [command, '--no-audit', '--no-fund', '--loglevel=error'], {cwd: dir});
}

/**
 * Debian's Chromium for the benchmark, and its headless shell for the browser tests (Playwright
 * cannot download its own browsers here).
 */
export function ensureChromium() {
  const wanted = [
    [chromiumPath, 'chromium'],
    [testChromiumPath, 'chromium-headless-shell'],
  ];
  const missing = wanted.filter(([file]) => !fs.existsSync(file));
  if (missing.length === 0) return;
  const packages = missing.map(([, name]) => name);
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    console.error(
      `${missing.map(([file]) => file).join(' and ')} not found. Install ${packages.join(' and ')} (Debian: apt-get install ${packages.join(' ')})`,
    );
    console.error('or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.');
    process.exit(1);
  }
  step(`Installing Debian's ${packages.join(' and ')} for the browser tests (apt-get install, about 30 s)...`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
}
