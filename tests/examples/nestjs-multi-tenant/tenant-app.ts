// The examples that run the multi-tenant suite (their handbook.json lists "multi-tenant" under
// "suites"), started from their build (tools/exampleApp.mjs, as their `npm run start:prod` runs
// dist/main.js) so that a test can send SIGTERM to the app itself. What differs between them (the
// guide page, how their own tests report) is below.
import {startExample, type Child, type RunningExample} from '../../../tools/exampleApp.mjs';
import {listExamples} from '../../../tools/examples.mjs';

export interface TenantExpectations {
  /** the guide page (from the repository root) whose troubleshooting section quotes the messages */
  guide: string;
  /** the example's own test scripts, and what each prints when every test passed */
  ownTests: {script: string; passed: RegExp[]}[];
}

const expected: Record<string, TenantExpectations> = {
  // nest new 12: Vitest.
  'nestjs-multi-tenant': {
    guide: 'docs/nestjs-query/multi-tenant.mdx',
    ownTests: ['test', 'test:e2e'].map((script) => ({script, passed: [/Tests\s+[1-9]\d* passed \(/, /Test Files\s+[1-9]\d* passed \(/]})),
  },
  // nest new 11: Jest, whose `npm test` runs the unit and the e2e specs.
  'nestjs-multi-tenant-nest11': {
    guide: 'nestjs-query_versioned_docs/version-9.x-nest11/multi-tenant.mdx',
    ownTests: [{script: 'test', passed: [/Tests:\s+[1-9]\d* passed, \d+ total/, /Test Suites:\s+[1-9]\d* passed, \d+ total/]}],
  },
};

export interface TenantExample extends TenantExpectations {
  name: string;
}

/** The examples whose handbook.json lists the "multi-tenant" suite, with what they must print. */
export const tenantExamples: TenantExample[] = listExamples()
  .filter((example) => example.description.suites?.includes('multi-tenant'))
  .map(({name}) => {
    if (!expected[name]) {
      throw new Error(
        `examples/${name}/handbook.json lists the "multi-tenant" suite, but tests/examples/nestjs-multi-tenant/tenant-app.ts has no expectations for it`,
      );
    }
    return {name, ...expected[name]};
  });

export interface TenantsHealth {
  limit: number;
  closing: number;
  opened: number;
  closed: number;
  open: {id: string; database: string; inUse: number}[];
}

/** The tenants entry of GET /health: terminus's `details.tenants` on the current line, `tenants` on older ones. */
export function tenantsHealth(health: {tenants?: TenantsHealth; details?: {tenants?: TenantsHealth & {status: string}}}): TenantsHealth {
  if (health.tenants) return health.tenants;
  const {status: _up, ...tenants} = health.details!.tenants!;
  return tenants;
}

export interface Answer {
  status: number;
  body: {data?: any; errors?: {message: string; extensions?: {code?: string}}[]};
}

export class TenantApp {
  readonly url: string;
  readonly child: Child;

  constructor(private readonly app: RunningExample) {
    this.url = app.url;
    this.child = app.child;
  }

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
    return tenantsHealth(await response.json());
  }

  /** The app's log lines that contain `text`. */
  lines(text: string): string[] {
    return this.child.output.split('\n').filter((line) => line.includes(text));
  }

  /** SIGTERM to the app alone; resolves with its exit code once it has ended by itself. */
  terminate(): Promise<number | null> {
    return this.app.signal('SIGTERM');
  }

  stop(): Promise<void> {
    return this.app.stop();
  }
}

/** Starts the example with these variables and waits until GET /health answers. */
export async function startTenantApp(example: TenantExample, env: Record<string, string>): Promise<TenantApp> {
  return new TenantApp(await startExample(example.name, env));
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
