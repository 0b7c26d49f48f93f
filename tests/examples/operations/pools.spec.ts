// Pools and connection limits (docs/nestjs-query/pools-and-limits.mdx): the example's secret
// connection with a pool of 2 on each server, both connections held by queries that wait for a
// table lock the test takes, and what a third query and the readiness check see: on PostgreSQL
// with SECRET_DB_POOL_WAIT_MS the pool's error, on MariaDB (mysql2, no limit) a wait. Also the
// server's max_connections, printed for the budget, and a pool size that is not a number.
import {expect, test} from '@playwright/test';
import mysql from 'mysql2/promise';
import pg from 'pg';
import {graphql} from '../support/graphql';
import {freshDatabase, maxConnections, runServers, type Server, pgActivity} from './ops-support';
import {startExample, type RunningExample} from '../../../tools/exampleApp.mjs';
import {expectGuideToQuote} from '../support/guides';

const example = 'nestjs-multi-db';
const page = 'docs/nestjs-query/pools-and-limits.mdx';
// One statement per request (no totalCount), so each request holds one pooled connection.
const readSecrets = '{ secrets(paging: {first: 1}) { edges { node { id } } } }';

/** Locks the secrets table from a connection of the test's own; resolves with the unlock. */
async function lockSecrets(server: Server, url: URL): Promise<{waiting(): Promise<number>; unlock(): Promise<void>}> {
  const database = url.pathname.slice(1);
  if (server === 'postgres') {
    const client = new pg.Client({connectionString: url.toString()});
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE secrets IN ACCESS EXCLUSIVE MODE');
    return {
      waiting: async () => pgActivity(client, `datname = $1 AND wait_event_type = 'Lock'`, [database]),
      unlock: async () => {
        await client.query('COMMIT');
        await client.end();
      },
    };
  }
  const own = new URL(url);
  own.protocol = 'mysql:';
  const connection = await mysql.createConnection(own.toString());
  await connection.query('LOCK TABLES secrets WRITE');
  return {
    waiting: async () => {
      const [rows] = await connection.query(`SELECT count(*) AS n FROM information_schema.processlist WHERE db = ? AND state LIKE 'Waiting for table%lock'`, [
        database,
      ]);
      return Number((rows as {n: number}[])[0].n);
    },
    unlock: async () => {
      await connection.query('UNLOCK TABLES');
      await connection.end();
    },
  };
}

test.describe(`${example}: pools`, {tag: '@servers'}, () => {
  test('a pool size that is not a number stops the app at start, naming the variable and the connection', async () => {
    const servers = runServers();
    const url = servers[0]?.url.toString() ?? 'postgres://postgres@127.0.0.1:5432/unused';
    const started = startExample(example, {SECRET_DB_URL: url, SECRET_DB_POOL_SIZE: 'ten'});
    const line = 'SECRET_DB_POOL_SIZE="ten" for the "secret" connection: expected a whole number of at least 1';
    await expect(started).rejects.toThrow(line);
    expectGuideToQuote(page, line);
  });

  for (const {server, url} of runServers()) {
    test(`${server}: two requests hold the pool of 2; a third ${server === 'postgres' ? 'fails after the wait limit' : 'waits'}, and so does the health check`, async () => {
      const max = await maxConnections(server, url);
      console.log(`${server}: max_connections = ${max}; with 2 connections × pool 10 per instance: at most ${Math.floor(max / 20)} instances`);
      expect(max).toBeGreaterThan(0);

      const database = await freshDatabase(url, 'pool');
      const env: Record<string, string> = {SECRET_DB_URL: database.url.toString(), SECRET_DB_POOL_SIZE: '2'};
      if (server === 'postgres') env.SECRET_DB_POOL_WAIT_MS = '2000';
      let app: RunningExample | undefined;
      let lock: Awaited<ReturnType<typeof lockSecrets>> | undefined;
      try {
        app = await startExample(example, env);
        lock = await lockSecrets(server, database.url);
        const holders = [graphql(app.url, readSecrets), graphql(app.url, readSecrets)];
        await expect.poll(() => lock!.waiting()).toBe(2);

        const since = Date.now();
        const third = graphql(app.url, readSecrets);
        const ready = await (await fetch(`${app.url}/health/ready`)).json();
        expect(ready.error.secret.message).toBe('timeout of 1000ms exceeded');
        expectGuideToQuote(page, '"message": "timeout of 1000ms exceeded"');
        if (server === 'postgres') {
          const answer = await third;
          const waited = Date.now() - since;
          console.log(`${server}: the third request failed after ${waited} ms: ${answer.errors?.[0].message}`);
          expect(answer.errors?.[0].message).toBe('timeout exceeded when trying to connect');
          expectGuideToQuote(page, 'timeout exceeded when trying to connect');
          expect(waited).toBeGreaterThanOrEqual(1900);
        } else {
          const state = await Promise.race([third.then(() => 'answered'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 3000))]);
          console.log(`${server}: the third request after 3 s: ${state}`);
          expect(state).toBe('waiting');
        }
        await lock.unlock();
        lock = undefined;
        for (const answer of await Promise.all(holders)) expect(answer.errors).toBeUndefined();
        if (server !== 'postgres') expect((await third).errors).toBeUndefined();
        await expect.poll(async () => (await fetch(`${app!.url}/health/ready`)).status).toBe(200);
      } finally {
        await lock?.unlock();
        await app?.stop();
        await database.drop();
      }
    });
  }
});
