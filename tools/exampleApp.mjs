// @ts-check
// Starting an example the way a reader does (`npm start` in its folder, PORT picks the port) and
// stopping it with everything it started. Shared by tests/examples and the benchmark.
import {spawn} from 'node:child_process';
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
 * @typedef {{name: string, driver: string, database: string, state: string, ok: boolean}} ConnectionHealth
 * @typedef {{status: string, connections: ConnectionHealth[]}} Health
 * @typedef {{url: string, child: Child, bootMs: number, health: Health, stop(): Promise<void>}} RunningExample
 */

/**
 * `npm start` in the example's folder with `env` (and a free PORT), then polls GET `health`
 * until it answers 200. Rejects with the app's output if it exits first or does not come up
 * within `timeoutMs`.
 * @param {string} example folder name under examples/
 * @param {Record<string, string>} env
 * @param {{health?: string, timeoutMs?: number, stack?: string, dir?: string}} [options] `stack`: one of the
 *   example's stacks; `dir`: another copy of it (default: its standalone copy)
 * @returns {Promise<RunningExample>}
 */
export async function startExample(example, env, {health: healthPath = '/health', timeoutMs = 180_000, stack, dir} = {}) {
  const folder = dir ?? exampleDir(example, stack);
  return oneStartAtATime(folder, () => start(example, folder, env, healthPath, timeoutMs));
}

/**
 * Runs `action` alone among the processes starting the same copy: `npm start` of an example made
 * by nest new 12 (nest start) deletes and rebuilds dist/, which another start there is loading.
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
 * @param {Record<string, string>} env
 * @param {string} healthPath
 * @param {number} timeoutMs
 * @returns {Promise<RunningExample>}
 */
async function start(example, dir, env, healthPath, timeoutMs) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const child = spawnIn(dir, 'npm', ['start'], exampleEnv({...env, PORT: String(port)}));
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
