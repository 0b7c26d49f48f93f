// @ts-check
// Starting an example and stopping it with everything it started. Shared by tests/examples, the
// matrix and the benchmark.
import {spawn, spawnSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
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

/** How long, after a process exits, its output may still be arriving from something it left running. */
const OUTPUT_GRACE_MS = 2_000;

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
    // Ended once its output is all read ('close'): 'exit' can come before the last lines. A process
    // it left running may hold the pipes open, so 'exit' ends it too, OUTPUT_GRACE_MS later.
    /** @type {Promise<number | null>} */
    this.exited = new Promise((resolve) => {
      /** @type {NodeJS.Timeout | undefined} */
      let grace;
      const end = (/** @type {number | null} */ code) => {
        clearTimeout(grace);
        if (this.exitCode !== undefined) return;
        this.exitCode = code;
        resolve(code);
      };
      child.on('exit', (code) => (grace = setTimeout(() => end(code), OUTPUT_GRACE_MS)));
      child.on('close', end);
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
 * @typedef {ExampleProcess & {health: Health, bootMs: number}} RunningExample
 */

/** An example's process on its own port: started, not yet known to be ready. */
export class ExampleProcess {
  /**
   * @param {string} example
   * @param {string} url
   * @param {Child} child
   * @param {() => void} [release] gives back the copy's start lock once the app is up or gone
   */
  constructor(example, url, child, release = () => {}) {
    this.example = example;
    this.url = url;
    this.child = child;
    this.started = Date.now();
    /** @type {Health | undefined} */
    this.health = undefined;
    /** @type {number | undefined} */
    this.bootMs = undefined;
    this.release = release;
    child.exited.then(release);
  }

  /** Everything the app has printed so far. */
  get output() {
    return this.child.output;
  }

  /**
   * Polls GET `healthPath` until it answers 200. Rejects with the app's output (and stops it) if
   * it exits first or does not come up within `timeoutMs`.
   * @param {{health?: string, timeoutMs?: number}} [options]
   * @returns {Promise<RunningExample>}
   */
  async ready({health: healthPath = '/health', timeoutMs = 180_000} = {}) {
    const fail = async (/** @type {string} */ why) => {
      await this.stop();
      return new Error(`${this.example} ${why}. Its output:\n${this.output}`);
    };
    while (Date.now() - this.started < timeoutMs) {
      if (this.child.exitCode !== undefined) throw await fail(`exited (code ${this.child.exitCode}) before ${healthPath} answered`);
      const response = await fetch(`${this.url}${healthPath}`).catch(() => undefined);
      if (response?.status === 200) {
        this.health = /** @type {Health} */ (await response.json());
        this.bootMs = Date.now() - this.started;
        this.release();
        return /** @type {RunningExample} */ (this);
      }
      // Ask again in 50 ms, or at once if the app exited.
      await Promise.race([this.child.exited, new Promise((resolve) => setTimeout(resolve, 50))]);
    }
    throw await fail(`did not answer ${healthPath} within ${timeoutMs / 1000} s`);
  }

  /**
   * Sends `signal` to the started process alone (the app itself when it runs from the build);
   * resolves with its exit code once it has ended by itself (null: ended by a signal).
   * @param {NodeJS.Signals} [signal]
   */
  signal(signal = 'SIGTERM') {
    this.child.process.kill(signal);
    return this.child.exited;
  }

  /** Ends the process and everything it started. */
  stop() {
    return this.child.stop();
  }
}

/**
 * Starts the example with `env` and a free PORT, without waiting for it: `ready()` does. By default
 * it runs the copy's build with node, as `npm run start:prod` does (built once per copy and source:
 * `npm start` compiles on every start); `npmStart` runs the reader's `npm start`, one at a time per
 * copy until each is up or has exited.
 * @param {string} example folder name under examples/
 * @param {Record<string, string>} env
 * @param {{stack?: string, dir?: string, npmStart?: boolean}} [options] `stack`: one of the
 *   example's stacks; `dir`: another copy of it (default: its standalone copy)
 * @returns {Promise<ExampleProcess>}
 */
export async function spawnExample(example, env, {stack, dir, npmStart = false} = {}) {
  const folder = dir ?? exampleDir(example, stack);
  const [command, ...args] = npmStart ? ['npm', 'start'] : [process.execPath, await buildOnce(folder)];
  const port = await freePort();
  const release = npmStart ? await startLock(folder) : undefined;
  const child = spawnIn(folder, command, args, exampleEnv({...env, PORT: String(port)}));
  return new ExampleProcess(example, `http://127.0.0.1:${port}`, child, release);
}

/**
 * spawnExample, then ready(): the example answering `health` (default /health).
 * @param {string} example folder name under examples/
 * @param {Record<string, string>} env
 * @param {{health?: string, timeoutMs?: number, stack?: string, dir?: string, npmStart?: boolean}} [options]
 * @returns {Promise<RunningExample>}
 */
export async function startExample(example, env, {health, timeoutMs, ...where} = {}) {
  return (await spawnExample(example, env, where)).ready({health, timeoutMs});
}

/**
 * Runs `command` in `dir` with only the given contract variables set, to its end (or, after
 * `timeoutMs`, until it is stopped).
 * @param {string} dir
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @param {{timeoutMs?: number}} [options]
 * @returns {Promise<Run>}
 */
export async function run(dir, command, args, env = {}, {timeoutMs} = {}) {
  const child = spawnIn(dir, command, args, exampleEnv(env));
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => child.stop(), timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  // Without colours, whatever FORCE_COLOR the runner has set.
  return {code, output: stripVTControlCharacters(child.output)};
}

/** @typedef {{code: number | null, output: string}} Run */

/**
 * The copy's own TypeScript compiler (its node_modules/typescript) with `args`, in `dir`: what
 * the reader's `npm run typecheck` or build reports there, without colours.
 * @param {string} dir
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Run}
 */
export function ownTsc(dir, args, env = process.env) {
  const tsc = path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '--pretty', 'false', ...args], {cwd: dir, encoding: 'utf8', env});
  return {code: result.status, output: result.stdout + result.stderr};
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
  const release = await startLock(dir);
  try {
    if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return path.join(BUILD_OUT, 'main.js');
    fs.rmSync(path.join(dir, BUILD_OUT), {recursive: true, force: true});
    // Not incremental: the copy's build info describes dist/, and would skip writing this folder.
    const built = ownTsc(dir, ['-p', 'tsconfig.build.json', '--outDir', BUILD_OUT, '--incremental', 'false'], exampleEnv({}));
    if (built.code !== 0) throw new Error(`tsc -p tsconfig.build.json failed in ${dir}:\n${built.output}`);
    fs.writeFileSync(stamp, wanted);
  } finally {
    release();
  }
  return path.join(BUILD_OUT, 'main.js');
}

/**
 * Takes the copy's start lock, waiting while another process holds it; returns the function that
 * gives it back. `npm start` of an example made by nest new 12 (nest start) deletes and rebuilds
 * dist/, which another start there is loading.
 * @param {string} dir
 * @returns {Promise<() => void>}
 */
async function startLock(dir) {
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
  let held = true;
  return () => {
    if (held) fs.rmSync(lock, {recursive: true, force: true});
    held = false;
  };
}
