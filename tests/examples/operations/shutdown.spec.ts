// Shutdown (docs/nestjs-query/shutdown.mdx): SIGTERM to the example while requests are in flight.
// NestJS 12 stops the HTTP server first and waits for the requests it accepted, then closes each
// data source, then ends the process with the same signal. On the servers the test makes requests
// wait (a table lock of its own), sends SIGTERM, and checks: every accepted request answered with
// its data, a new one refused, the app's server connections open until then and gone after. On
// sql.js, a burst of writes with SIGTERM as soon as the first is answered.
import {expect, test} from '@playwright/test';
import mysql from 'mysql2/promise';
import path from 'node:path';
import pg from 'pg';
import {graphql} from '../support/graphql';
import {musicSecretExamples} from '../support/nestjs-examples';
import {freshDatabase, runServers, type Server, pgActivity} from './ops-support';
import {exampleDir, run, startExample, type RunningExample} from '../../../tools/exampleApp.mjs';
import {expectGuideToQuote} from '../support/guides';

const example = 'nestjs-multi-db';
const page = 'docs/nestjs-query/shutdown.mdx';
const {typescriptLoader} = musicSecretExamples.find(({name}) => name === example)!;
const readSecrets = '{ secrets(paging: {first: 1}) { edges { node { name } } } }';
const addSecret = (name: string) => `mutation { createOneSecret(input: {secret: {name: "${name}", value: "v"}}) { id } }`;

/** A connection of the test's own to `url`'s database: lock the secrets table, count the app's connections. */
async function inspector(server: Server, url: URL) {
  const database = url.pathname.slice(1);
  if (server === 'postgres') {
    const client = new pg.Client({connectionString: url.toString()});
    await client.connect();
    return {
      lock: async () => {
        await client.query('BEGIN');
        await client.query('LOCK TABLE secrets IN ACCESS EXCLUSIVE MODE');
      },
      unlock: () => client.query('COMMIT'),
      waiting: async () => pgActivity(client, `datname = $1 AND wait_event_type = 'Lock'`, [database]),
      appConnections: async () => pgActivity(client, `datname = $1 AND pid <> pg_backend_pid()`, [database]),
      end: () => client.end(),
    };
  }
  const own = new URL(url);
  own.protocol = 'mysql:';
  const connection = await mysql.createConnection(own.toString());
  const count = async (where: string) => {
    const [rows] = await connection.query(`SELECT count(*) AS n FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID() ${where}`, [
      database,
    ]);
    return Number((rows as {n: number}[])[0].n);
  };
  return {
    lock: async () => void (await connection.query('LOCK TABLES secrets WRITE')),
    unlock: async () => void (await connection.query('UNLOCK TABLES')),
    waiting: () => count(`AND state LIKE 'Waiting for table%lock'`),
    appConnections: () => count(''),
    end: () => connection.end(),
  };
}

test.describe(`${example}: shutdown`, {tag: '@servers'}, () => {
  test('sql.js: SIGTERM once the first of 40 writes is answered: every accepted one is answered, then the app ends by the signal', async () => {
    const app = await startExample(example, {});
    try {
      let first = () => {};
      const firstAnswer = new Promise<void>((resolve) => (first = resolve));
      const writes = Array.from({length: 40}, (_, i) =>
        graphql(app.url, addSecret(`shutdown-${i}`)).then(
          (answer) => (first(), {answer}),
          (error: Error) => ({error}),
        ),
      );
      await firstAnswer;
      const exit = app.signal();
      const results = await Promise.all(writes);
      const answered = results.filter((r) => 'answer' in r);
      const refused = results.filter((r) => 'error' in r);
      console.log(`sql.js: ${answered.length} of 40 writes answered, ${refused.length} refused before they were accepted`);
      for (const r of answered) expect(r.answer.errors, JSON.stringify(r.answer)).toBeUndefined();
      for (const r of refused) expect(String(r.error.cause ?? r.error)).toMatch(/ECONNREFUSED|ECONNRESET|other side closed/);
      // enableShutdownHooks() sends the signal again once everything is closed: no exit code.
      expect(await exit, app.child.output).toBeNull();
      expect(app.child.process.signalCode).toBe('SIGTERM');
      expect(app.child.output).not.toMatch(/Error|error/);
    } finally {
      await app.stop();
    }
  });

  for (const {server, url} of runServers()) {
    test(`${server}: SIGTERM with 3 requests in flight: they finish with their data, a new one is refused, then the pools close`, async () => {
      const database = await freshDatabase(url, 'shutdown');
      const db = await inspector(server, database.url);
      let app: RunningExample | undefined;
      try {
        app = await startExample(example, {SECRET_DB_URL: database.url.toString()});
        expect((await graphql(app.url, addSecret('kept'))).errors).toBeUndefined();
        await db.lock();
        const inFlight = [1, 2, 3].map(() => graphql(app!.url, readSecrets));
        await expect.poll(() => db.waiting()).toBe(3);

        const exit = app.signal();
        // The HTTP server stops listening at once; the data sources stay open for the requests.
        await expect
          .poll(() =>
            fetch(`${app!.url}/health/live`).then(
              () => 'answered',
              (error) => String(error.cause?.code),
            ),
          )
          .toBe('ECONNREFUSED');
        expect(await db.appConnections()).toBeGreaterThanOrEqual(3);
        expect(app.child.exitCode).toBeUndefined();

        await db.unlock();
        for (const answer of await Promise.all(inFlight)) expect(answer).toEqual({status: 200, data: {secrets: {edges: [{node: {name: 'kept'}}]}}});
        expect(await exit, app.child.output).toBeNull();
        expect(app.child.process.signalCode).toBe('SIGTERM');
        await expect.poll(() => db.appConnections()).toBe(0);
        expect(app.child.output).not.toMatch(/Connection is not established|Driver not Connected|Failed to close/);
      } finally {
        await db.unlock().catch(() => undefined);
        await app?.stop();
        await db.end();
        await database.drop();
      }
    });
  }

  // A job outside any request (src/secret/secret-count.job.ts) while the app shuts down, twice
  // (mistakes/job-during-shutdown.ts): without its onModuleDestroy its next runs meet closed data
  // sources; stopped there, nothing fails.
  const jobPlaces = [
    {label: 'sql.js', url: undefined, message: 'QueryFailedError: out of memory'},
    ...runServers().map(({server, url}) => ({
      label: server,
      url,
      message: server === 'postgres' ? 'TypeORMError: Driver not Connected' : 'TypeORMError: Connection is not established with mysql database',
    })),
  ];
  for (const {label, url, message} of jobPlaces) {
    test(`${label}: a job still running after the shutdown gets "${message}"; stopped in onModuleDestroy, nothing fails`, async () => {
      const dir = path.join(exampleDir(example), 'mistakes');
      const database = url && (await freshDatabase(url, 'job'));
      try {
        const env = {TS_NODE_PROJECT: path.join(dir, 'tsconfig.json'), ...(database ? {SECRET_DB_URL: database.url.toString()} : {})};
        const result = await run(dir, process.execPath, [...typescriptLoader, 'job-during-shutdown.ts'], env);
        expect(result.code, result.output).toBe(0);
        // While the pools close, a run may first get the pool's own error; after the close, this one.
        const after = result.output.split('CLOSED\n')[1] ?? '';
        expect(after, result.output).toContain(`ERROR [WithoutStop] ${message}`);
        expect(result.output).not.toContain('ERROR [Stopped]');
        expectGuideToQuote(page, message);
      } finally {
        await database?.drop();
      }
    });
  }
});
