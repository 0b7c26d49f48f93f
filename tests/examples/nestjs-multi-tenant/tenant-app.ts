// The multi-tenant example running as `npm start` runs it (ts-node on src/main.ts), started
// straight from node so that a test can send SIGTERM to the app itself and see how it exits.
import fs from 'node:fs';
import path from 'node:path';
import {exampleDir, exampleEnv, freePort, spawnIn, type Child} from '../support/nestjs-app';

export const example = 'nestjs-multi-tenant';

export interface TenantsHealth {
  limit: number;
  closing: number;
  opened: number;
  closed: number;
  open: {id: string; database: string; inUse: number}[];
}

export interface Answer {
  status: number;
  body: {data?: any; errors?: {message: string; extensions?: {code?: string}}[]};
}

export class TenantApp {
  constructor(
    readonly url: string,
    readonly child: Child,
  ) {}

  /** POST /graphql, with `X-Tenant: tenant` unless tenant is undefined. */
  async graphql(tenant: string | undefined, query: string, variables: object = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {'content-type': 'application/json', ...(tenant === undefined ? {} : {'x-tenant': tenant}), ...headers},
      body: JSON.stringify({query, variables}),
    });
    return {status: response.status, body: await response.json()};
  }

  async createNote(tenant: string, title: string): Promise<Answer> {
    return this.graphql(tenant, 'mutation ($title: String!) { createOneNote(input: {note: {title: $title, body: ""}}) { id title } }', {title});
  }

  async tenants(): Promise<TenantsHealth> {
    const response = await fetch(`${this.url}/health`);
    return ((await response.json()) as {tenants: TenantsHealth}).tenants;
  }

  /** The app's log lines that contain `text`. */
  lines(text: string): string[] {
    return this.child.output.split('\n').filter((line) => line.includes(text));
  }

  /** SIGTERM to the app alone; resolves with its exit code once it has ended by itself. */
  async terminate(): Promise<number | null> {
    this.child.process.kill('SIGTERM');
    return this.child.exited;
  }

  stop(): Promise<void> {
    return this.child.stop();
  }
}

/** Starts the example with these variables and waits until GET /health answers. */
export async function startTenantApp(env: Record<string, string>, timeoutMs = 90_000): Promise<TenantApp> {
  const dir = exampleDir(example);
  const port = await freePort();
  const tsNode = require.resolve('ts-node/register/transpile-only', {paths: [dir]});
  const variables = exampleEnv({...env, PORT: String(port)});
  for (const name of ['CATALOGUE_DB_URL', 'CATALOGUE_DB_FILE']) if (!(name in env)) delete variables[name];
  const child = spawnIn(dir, process.execPath, ['-r', tsNode, path.join('src', 'main.ts')], variables);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== undefined) throw new Error(`${example} exited (code ${child.exitCode}) before /health answered:\n${child.output}`);
    const health = await fetch(`${url}/health`).catch(() => undefined);
    if (health?.status === 200) return new TenantApp(url, child);
    await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 200))]);
  }
  await child.stop();
  throw new Error(`${example} did not answer /health within ${timeoutMs / 1000} s:\n${child.output}`);
}

/** Runs `work` on every item, at most `limit` at a time, in order of the list. */
export async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  return results;
}

/** The guide page whose troubleshooting section quotes the messages below. */
export const guide = 'docs/nestjs-query/multi-tenant.mdx';

export function guideText(root: string): string {
  return fs.readFileSync(path.join(root, guide), 'utf8').replace(/\s+/g, ' ');
}
