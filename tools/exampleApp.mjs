// @ts-check
// Starting an example and stopping it with everything it started. Shared by tests/examples, the
// matrix and the benchmark.
import {spawn, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {listExamples} from './examples.mjs';
import {standaloneDir, standaloneEnv} from './standaloneExample.mjs';

/**
 * The example's standalone copy (tools/standaloneExample.mjs), where every test and the benchmark
 * run it; throws when it has not been prepared (the examples project's setup does that).
 * @param {string} example folder name under examples/
 * @param {string} [stack] one of its stacks (examples/<name>/stacks/<stack>)
 */
export function exampleDir(example, stack) {
  const dir = standaloneDir(example, stack);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    const args = stack ? `${example} ${stack}` : example;
    throw new Error(`${dir} is not prepared: run the examples project (npx playwright test --project=examples) or node tools/standaloneExample.mjs ${args}`);
  }
  return dir;
}

/** @type {string[] | undefined} */
let contractVariables;

/**
 * The process environment without any example's contract variables (every "env" of every
 * handbook.json, and PORT): a started example gets only those it is given, and the module guard.
 * @param {Record<string, string>} extra
 * @returns {NodeJS.ProcessEnv}
 */
export function exampleEnv(extra) {
  contractVariables ??= ['PORT', ...new Set(listExamples().flatMap(({description}) => Object.keys(description.env)))];
  /** @type {NodeJS.ProcessEnv} */
  const env = {...process.env, NO_COLOR: '1'};
  for (const name of contractVariables) delete env[name];
  return standaloneEnv({...env, ...extra});
}

/**
 * A port nothing listens on right now (the OS picks it).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A child process with everything it printed, and its end. */
export class Child {
  /** @param {import('node:child_process').ChildProcess} child */
  constructor(child) {
    this.process = child;
    this.output = '';
    /** @type {number | null | undefined} undefined while it runs, null when a signal ended it */
    this.exitCode = undefined;
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    /** @type {Promise<number | null>} */
    this.exited = new Promise((resolve) => {
      child.on('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      });
    });
  }

  /** Ends the process and everything it started (npm, sh, node): it runs in its own group. */
  async stop() {
    if (this.exitCode !== undefined || !this.process.pid) return;
    const group = -this.process.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const killer = setTimeout(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    await this.exited;
    clearTimeout(killer);
  }
}

/**
 * @param {string} dir
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 */
export function spawnIn(dir, command, args, env) {
  return new Child(spawn(command, args, {cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']}));
}

/**
 * @typedef {import('./health.mjs').Health} Health
 * @typedef {{url: string, child: Child, bootMs: number, health: Health, stop(): Promise<void>}} RunningExample
 */

/**
 * Starts the example with `env` (and a free PORT), then polls GET `health` until it answers 200.
 * By default it runs the copy's build with node, as `npm run start:prod` does (built once per copy
 * and source: `npm start` compiles on every start); `npmStart` runs the reader's `npm start`.
 * Rejects with the app's output if it exits first or does not come up within `timeoutMs`.
 * @param {string} example folder name under examples/
 * @param {Record<string, string>} env
 * @param {{health?: string, timeoutMs?: number, stack?: string, dir?: string, npmStart?: boolean}} [options] `stack`: one
 *   of the example's stacks; `dir`: another copy of it (default: its standalone copy)
 * @returns {Promise<RunningExample>}
 */
export async function startExample(example, env, {health: healthPath = '/health', timeoutMs = 180_000, stack, dir, npmStart = false} = {}) {
  const folder = dir ?? exampleDir(example, stack);
  if (npmStart) return oneStartAtATime(folder, () => start(example, folder, ['npm', 'start'], env, healthPath, timeoutMs));
  const main = await buildOnce(folder);
  return start(example, folder, [process.execPath, main], env, healthPath, timeoutMs);
}

/** The tests' build of a copy: not dist/, which `npm start` (nest start) deletes and rebuilds. */
const BUILD_OUT = '.tests-dist';

/**
 * Compiles the copy with its own tsc and build config into BUILD_OUT, unless it holds a build of
 * the same sources; returns the entry point. Processes sharing the copy take turns.
 * @param {string} dir
 */
export async function buildOnce(dir) {
  const sources = ['src', 'package.json', ...fs.readdirSync(dir).filter((name) => /^tsconfig.*\.json$/.test(name))].flatMap((entry) =>
    fs.statSync(path.join(dir, entry)).isDirectory()
      ? fs.readdirSync(path.join(dir, entry), {recursive: true, encoding: 'utf8'}).map((file) => path.join(entry, file))
      : [entry],
  );
  const fingerprint = crypto.createHash('sha1');
  for (const file of sources.sort()) {
    const stat = fs.statSync(path.join(dir, file));
    if (stat.isFile()) fingerprint.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  const stamp = path.join(dir, BUILD_OUT, '.built-from');
  const wanted = fingerprint.digest('hex');
  await oneStartAtATime(dir, async () => {
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return;
    fs.rmSync(path.join(dir, BUILD_OUT), {recursive: true, force: true});
    const tsc = path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
    // Not incremental: the copy's build info describes dist/, and would skip writing this folder.
    const args = [tsc, '-p', 'tsconfig.build.json', '--outDir', BUILD_OUT, '--incremental', 'false'];
    const result = spawnSync(process.execPath, args, {cwd: dir, encoding: 'utf8', env: exampleEnv({})});
    if (result.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed in ${dir}:\n${result.stdout}${result.stderr}`);
    fs.writeFileSync(stamp, wanted);
  });
  return path.join(BUILD_OUT, 'main.js');
}

/**
 * Runs `action` alone among the processes starting or building the same copy: `npm start` of an
 * example made by nest new 12 (nest start) deletes and rebuilds dist/, which another start there is loading.
 * @template T
 * @param {string} dir
 * @param {() => Promise<T>} action
 * @returns {Promise<T>}
 */
export async function oneStartAtATime(dir, action) {
  const lock = path.join(dir, '.start-lock');
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than any start was left by a run that was killed.
      const age = Date.now() - (fs.statSync(lock, {throwIfNoEntry: false})?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(lock, {recursive: true, force: true});
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await action();
  } finally {
    fs.rmSync(lock, {recursive: true, force: true});
  }
}

/**
 * @param {string} example
 * @param {string} dir
 * @param {string[]} command
 * @param {Record<string, string>} env
 * @param {string} healthPath
 * @param {number} timeoutMs
 * @returns {Promise<RunningExample>}
 */
async function start(example, dir, [command, ...args], env, healthPath, timeoutMs) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const child = spawnIn(dir, command, args, exampleEnv({...env, PORT: String(port)}));
  const fail = async (/** @type {string} */ why) => {
    await child.stop();
    return new Error(`${example} ${why}. Its output:\n${child.output}`);
  };
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== undefined) throw await fail(`exited (code ${child.exitCode}) before ${healthPath} answered`);
    const response = await fetch(`${url}${healthPath}`).catch(() => undefined);
    if (response?.status === 200) {
      const health = /** @type {Health} */ (await response.json());
      return {url, child, bootMs: Date.now() - started, health, stop: () => child.stop()};
    }
    // Ask again in 50 ms, or at once if the app exited.
    await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  throw await fail(`did not answer ${healthPath} within ${timeoutMs / 1000} s`);
}
