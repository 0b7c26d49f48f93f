// @ts-check
// An example as a reader gets it: its committed files alone (what the StackBlitz launcher posts
// and the download holds), copied out of the repository and installed from its own lockfile. The
// tests and the benchmark run every example there, so nothing can resolve from the site's own
// node_modules, and a guard makes any module found outside the copy an error.
import {execFileSync, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {root} from './paths.mjs';

/** Where the copies live: outside the repository, and not under any node_modules. */
export const standaloneRoot = path.resolve(process.env.EXAMPLES_COPY_DIR ?? path.join(os.tmpdir(), 'multi-db-handbook-examples'));

/** The guard every process of an example is started with (NODE_OPTIONS), see moduleGuard.cjs. */
export const moduleGuard = fileURLToPath(new URL('./moduleGuard.cjs', import.meta.url));

/** Never part of an example, whatever git says: dependencies, build output, VCS data. */
const NEVER_POSTED = new Set(['node_modules', 'dist', 'build', '.git']);

/** Folder of an example's stack variants: each holds a package.json and lockfile, and any other file, that replace the example's own. */
const STACKS = 'stacks';

/**
 * The copy's folder: `<name>` for the example as committed, `<name>+<stack>` for one of its
 * stacks (examples/<name>/stacks/<stack>/).
 * @param {string} name folder name under examples/
 * @param {string} [stack]
 */
export function standaloneDir(name, stack) {
  return path.join(standaloneRoot, stack ? `${name}+${stack}` : name);
}

/**
 * The example's files as the launcher posts them and a reader gets them: what git tracks in the
 * folder (and still exists on disk), without node_modules, build output and the stack variants;
 * posix paths relative to the folder, sorted. Throws when git tracks nothing there.
 * @param {string} dir the example's folder in the repository
 * @returns {string[]}
 */
export function listExampleFiles(dir) {
  let out;
  try {
    out = execFileSync('git', ['ls-files', '-z', '--', '.'], {cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  } catch (error) {
    throw new Error(`${dir} is not in a git checkout: an example's files are the ones git tracks`, {cause: error});
  }
  const files = out
    .split('\0')
    .filter((file) => file && !file.split('/').some((part, i) => NEVER_POSTED.has(part) || (i === 0 && part === STACKS)))
    .filter((file) => fs.statSync(path.join(dir, file), {throwIfNoEntry: false})?.isFile());
  if (files.length === 0) throw new Error(`${dir}: git tracks no file there yet (git add the example)`);
  return files.sort();
}

/**
 * The stacks an example is also tested on: the folders of examples/<name>/stacks/ that git tracks.
 * @param {string} name
 * @returns {string[]}
 */
export function exampleStacks(name) {
  const dir = path.join(root, 'examples', name);
  const out = execFileSync('git', ['ls-files', '-z', '--', STACKS], {cwd: dir, encoding: 'utf8'});
  return [
    ...new Set(
      out
        .split('\0')
        .filter(Boolean)
        .map((file) => file.split('/')[1]),
    ),
  ].sort();
}

/**
 * Throws when Node could resolve a module of the copy from outside it: a node_modules folder
 * above the copy, or NODE_PATH.
 * @param {string} dir
 */
export function assertNothingAbove(dir) {
  if (path.resolve(dir).startsWith(`${root}${path.sep}`)) throw new Error(`${dir} is inside the repository; the copies must live outside it`);
  for (let parent = path.dirname(dir); ; parent = path.dirname(parent)) {
    const outer = path.join(parent, 'node_modules');
    if (fs.existsSync(outer)) {
      throw new Error(
        `${outer} exists: an example copied below it could load modules from there. Set EXAMPLES_COPY_DIR to a folder with no node_modules above it.`,
      );
    }
    if (parent === path.dirname(parent)) break;
  }
}

/**
 * Copies the example (or one of its stacks) out of the repository and installs it with `npm ci`
 * from its own lockfile when the lockfile changed since the last install. Everything but
 * node_modules is replaced, so no file or database of an earlier run is left.
 * @param {string} name
 * @param {{stack?: string, log?: (line: string) => void}} [options]
 * @returns {string} the copy's folder
 */
export function prepareStandalone(name, {stack, log = () => {}} = {}) {
  const source = path.join(root, 'examples', name);
  const dir = standaloneDir(name, stack);
  fs.mkdirSync(dir, {recursive: true});
  assertNothingAbove(dir);
  for (const entry of fs.readdirSync(dir)) {
    if (entry !== 'node_modules') fs.rmSync(path.join(dir, entry), {recursive: true, force: true});
  }
  for (const file of listExampleFiles(source)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.copyFileSync(path.join(source, file), path.join(dir, file));
  }
  if (stack) {
    // A stack replaces package.json and the lockfile, and any other file it holds.
    const variant = path.join(source, STACKS, stack);
    for (const file of ['package.json', 'package-lock.json']) {
      if (!fs.existsSync(path.join(variant, file))) throw new Error(`examples/${name}/${STACKS}/${stack}/${file} is missing`);
    }
    for (const file of listExampleFiles(variant)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
      fs.copyFileSync(path.join(variant, file), path.join(dir, file));
    }
  }
  install(dir, `${name}${stack ? `+${stack}` : ''}`, log);
  return dir;
}

/** @param {string} dir @param {string} label @param {(line: string) => void} log */
function install(dir, label, log) {
  const lockfile = path.join(dir, 'package-lock.json');
  if (!fs.existsSync(lockfile)) return; // nothing to install (an example with no dependencies)
  const wanted = crypto
    .createHash('sha256')
    .update(fs.readFileSync(lockfile))
    .update(fs.readFileSync(path.join(dir, 'package.json')))
    .update(fs.existsSync(path.join(dir, '.npmrc')) ? fs.readFileSync(path.join(dir, '.npmrc')) : '')
    .digest('hex');
  const marker = path.join(dir, 'node_modules', '.installed-from');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) return;
  log(`npm ci in ${label} (a copy outside the repository)`);
  const result = spawnSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
    env: standaloneEnv(process.env, {guard: false}),
  });
  if (result.status !== 0) throw new Error(`npm ci failed in ${dir} (examples/${label}):\n${result.stdout}${result.stderr}`);
  fs.writeFileSync(marker, wanted);
}

/**
 * The environment for processes of the copies: no NODE_PATH, and (unless `guard` is false) the
 * module guard loaded into every Node process that starts inside a copy.
 * @param {NodeJS.ProcessEnv} env
 * @param {{guard?: boolean}} [options]
 * @returns {NodeJS.ProcessEnv}
 */
export function standaloneEnv(env, {guard = true} = {}) {
  const {NODE_PATH: _nodePath, ...rest} = env;
  if (!guard) return rest;
  const preload = `--require ${JSON.stringify(moduleGuard)}`;
  const options = rest.NODE_OPTIONS?.includes(preload) ? rest.NODE_OPTIONS : [rest.NODE_OPTIONS, preload].filter(Boolean).join(' ');
  return {...rest, EXAMPLES_COPY_ROOT: standaloneRoot, NODE_OPTIONS: options};
}

// `node tools/standaloneExample.mjs <name> [stack]` prepares one copy and prints its folder.
if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const [name, stack] = process.argv.slice(2);
  if (!name) {
    console.error('usage: node tools/standaloneExample.mjs <example> [stack]');
    process.exit(2);
  }
  console.log(prepareStandalone(name, {stack, log: (line) => console.error(line)}));
}
