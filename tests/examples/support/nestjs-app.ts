// Starting a NestJS example the way a reader does (`npm start` in its folder) and talking to it.
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');

export function exampleDir(example: string): string {
  const dir = path.join(repoRoot, 'examples', example);
  if (!fs.existsSync(path.join(dir, 'node_modules'))) {
    throw new Error(`${dir}/node_modules is missing: run npm install there (npm test does it for every example)`);
  }
  return dir;
}

/** The variables of the examples' contract; a test sets them itself, never inherits them. */
const contractVariables = ['PORT', 'MUSIC_DB_URL', 'SECRET_DB_URL', 'MUSIC_DB_FILE', 'SECRET_DB_FILE'];

export function exampleEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1'};
  for (const name of contractVariables) delete env[name];
  return {...env, ...extra};
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A child process with everything it printed, and its end. */
export class Child {
  output = '';
  readonly exited: Promise<number | null>;
  exitCode: number | null | undefined = undefined;

  constructor(readonly process: ChildProcess) {
    process.stdout?.on('data', (chunk) => (this.output += chunk));
    process.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => {
      process.on('exit', (code) => {
        this.exitCode = code; // null when a signal ended it
        resolve(code);
      });
    });
  }

  /** Ends the process and everything it started (npm, sh, node): it runs in its own group. */
  async stop(): Promise<void> {
    if (this.exitCode !== undefined || !this.process.pid) return;
    const group = -this.process.pid;
    process.kill(group, 'SIGTERM');
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

export function spawnIn(dir: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  return new Child(spawn(command, args, {cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe']}));
}

export interface ConnectionHealth {
  name: string;
  driver: string;
  database: string;
  state: string;
  ok: boolean;
}

export interface Health {
  status: string;
  connections: ConnectionHealth[];
}

export interface RunningExample {
  url: string;
  child: Child;
  bootMs: number;
  health: Health;
  stop(): Promise<void>;
}

/**
 * `npm start` in the example's folder with `env`, then polls GET `health` until it answers 200.
 * Rejects with the app's output if it exits first or does not come up within `timeoutMs`.
 */
export async function startExample(
  example: string,
  env: Record<string, string>,
  {health: healthPath = '/health', timeoutMs = 90_000}: {health?: string; timeoutMs?: number} = {},
): Promise<RunningExample> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const child = spawnIn(exampleDir(example), 'npm', ['start'], exampleEnv({...env, PORT: String(port)}));
  const fail = async (why: string) => {
    await child.stop();
    return new Error(`${example} ${why}. Its output:\n${child.output}`);
  };
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== undefined) throw await fail(`exited (code ${child.exitCode}) before ${healthPath} answered`);
    const health = await fetch(`${url}${healthPath}`).catch(() => undefined);
    if (health?.status === 200) {
      return {url, child, bootMs: Date.now() - started, health: (await health.json()) as Health, stop: () => child.stop()};
    }
    // Ask again in 200 ms, or at once if the app exited.
    await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  throw await fail(`did not answer ${healthPath} within ${timeoutMs / 1000} s`);
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: {message: string; extensions?: {code?: string; originalError?: {message?: string | string[]}}}[];
}

export async function graphql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {'content-type': 'application/json'},
    body: JSON.stringify({query, variables}),
  });
  return {status: response.status, ...((await response.json()) as object)};
}

/** The data of a GraphQL response that must have succeeded; its errors otherwise. */
export async function graphqlData<T = any>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await graphql<T>(url, query, variables);
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
}
