// What bad input and a broken tenant get, on sql.js: a clear error that names what went wrong,
// nothing opened for it, and the other tenants unaffected. The guide's troubleshooting section
// quotes these messages; each test checks that it still does.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {exampleDir, freePort} from '../../../tools/exampleApp.mjs';
import {TenantDatabases} from './tenant-databases';
import {startTenantApp, tenantExamples, type TenantApp} from './tenant-app';
import {expectGuideToQuote} from '../support/guides';

for (const example of tenantExamples) {
  test.describe(`${example.name}: faults`, () => {
    const databases = new TenantDatabases();
    let app: TenantApp;
    let closedPort: number;

    test.beforeAll(async () => {
      await databases.add('acme', 'sqljs');
      await databases.add('globex', 'sqljs');
      closedPort = await freePort(); // nothing listens there: a PostgreSQL server that is down
      app = await startTenantApp(example, {
        TENANTS_FILE: databases.writeTenantsFile([{id: 'down', databaseUrl: `postgres://postgres@127.0.0.1:${closedPort}/down`}]),
        TENANT_FILES_DIR: databases.filesDir,
        TENANT_DATA_SOURCE_LIMIT: '2',
      });
    });

    test.afterAll(async () => {
      await app?.stop();
      await databases.dropAll();
    });

    const query = '{ notes { totalCount } }';
    const cases: [string, string | undefined, number, string, string][] = [
      ['no header', undefined, 400, 'TENANT_MISSING', 'No tenant: send the X-Tenant header, e.g. "X-Tenant: acme".'],
      ['an empty header', '', 400, 'TENANT_MISSING', 'No tenant: send the X-Tenant header, e.g. "X-Tenant: acme".'],
      [
        'a path',
        '../acme',
        400,
        'TENANT_MALFORMED',
        'The X-Tenant header "../acme" is not a tenant id: use 1 to 63 lowercase letters, digits and inner dashes.',
      ],
      ['SQL', "acme'; DROP TABLE notes; --", 400, 'TENANT_MALFORMED', `The X-Tenant header "acme'; DROP TABLE notes; --" is not a tenant id`],
      ['capitals', 'ACME', 400, 'TENANT_MALFORMED', 'The X-Tenant header "ACME" is not a tenant id'],
      ['two tenants', 'acme, globex', 400, 'TENANT_MALFORMED', 'The X-Tenant header "acme, globex" is not a tenant id'],
      ['64 characters', 'a'.repeat(64), 400, 'TENANT_MALFORMED', `The X-Tenant header "${'a'.repeat(64)}" is not a tenant id`],
      ['an unknown tenant', 'nope', 404, 'TENANT_UNKNOWN', 'No tenant "nope" in the catalogue.'],
    ];

    test('no tenant, a malformed one or an unknown one: a clear error, and nothing opened', async () => {
      for (const [what, tenant, status, code, message] of cases) {
        const answer = await app.graphql(tenant, query);
        expect(answer.status, what).toBe(status);
        expect(answer.body.errors, what).toHaveLength(1);
        expect(answer.body.errors![0].message, what).toContain(message);
        expect(answer.body.errors![0].extensions?.code, what).toBe(code);
        expect(answer.body.data, what).toBeUndefined();
      }
      const status = await app.tenants();
      expect(status).toMatchObject({opened: 0, closed: 0, open: []});
      expect(fs.readdirSync(databases.filesDir)).toEqual(['tenants.json']); // no database file made
      // What the guide's troubleshooting section shows, word for word.
      for (const [, , , , message] of [cases[0], cases[2], cases[7]]) expectGuideToQuote(example.guide, message);
    });

    test('a tenant whose server is down fails its own requests, naming it; the others keep working', async () => {
      expect((await app.createNote('acme', 'before')).status).toBe(200);
      const [down, acme] = await Promise.all([app.graphql('down', query), app.graphql('acme', query)]);
      expect(down.status).toBe(503);
      expect(down.body.errors).toEqual([{message: 'Tenant "down" is unavailable: its database cannot be opened.', extensions: {code: 'TENANT_UNAVAILABLE'}}]);
      expect(acme.body.data).toEqual({notes: {totalCount: 1}});
      // The reason goes to the log, naming the tenant and its database without the password.
      const logged = `Cannot open the database of tenant "down" (postgres, postgres://127.0.0.1:${closedPort}/down). connect ECONNREFUSED 127.0.0.1:${closedPort}`;
      expect(app.lines(logged)).toHaveLength(1);
      expectGuideToQuote(example.guide, 'Tenant "down" is unavailable: its database cannot be opened.');
      expectGuideToQuote(example.guide, logged.replaceAll(String(closedPort), '{port}'));
      // A failed open is not kept (the next request tries again) and holds no slot of the limit.
      expect((await app.graphql('down', query)).status).toBe(503);
      expect(app.lines(logged)).toHaveLength(2);
      expect((await app.createNote('globex', 'after')).status).toBe(200);
      expect((await app.tenants()).open.map((t) => t.id)).toEqual(['acme', 'globex']);
    });
  });

  test.describe(`${example.name}: a data source closed under a running request`, {tag: '@servers'}, () => {
    // What a naive LRU cap produces: the example's own TypeORM, a data source destroyed, then
    // queried; on sql.js, and on the servers of a `.ci/run` pass.
    // Loaded when a test runs: the copy is prepared by the examples setup, after collection.
    const typeorm = () => createRequire(path.join(exampleDir(example.name), 'package.json'))('typeorm');
    const cases: [string, object, string][] = [['sqljs', {type: 'sqljs'}, 'QueryFailedError: out of memory']];
    for (const value of [process.env.MUSIC_DB_URL, process.env.SECRET_DB_URL]) {
      if (!value) continue;
      const url = new URL(value);
      const type = url.protocol.startsWith('postgres') ? 'postgres' : url.protocol === 'mariadb:' ? 'mariadb' : 'mysql';
      url.pathname = type === 'postgres' ? '/postgres' : '/'; // the server only, no database of the run's
      const options = {type, url: url.toString()}; // mysql2, the only MySQL client the examples install
      const message = type === 'postgres' ? 'TypeORMError: Driver not Connected' : 'TypeORMError: Connection is not established with mysql database';
      cases.push([type, options, message]);
    }
    for (const [driver, options, message] of cases) {
      test(`${driver}: ${message}`, async () => {
        const dataSource = await new (typeorm().DataSource)(options).initialize();
        await dataSource.destroy();
        const error: Error = await dataSource.query('SELECT 1').then(
          () => undefined,
          (e: Error) => e,
        );
        expect(`${error?.name}: ${error?.message}`).toBe(message);
        expectGuideToQuote(example.guide, message);
      });
    }

    // A query still running when its data source is destroyed: PostgreSQL's pool ends the
    // connection under it; MariaDB's pool waits for it to finish first.
    const running = cases.filter(([driver]) => driver !== 'sqljs');
    for (const [driver, options] of running) {
      const expected = driver === 'postgres' ? 'QueryFailedError: Connection terminated' : 'finished';
      test(`${driver}, a query running while its data source is destroyed: ${expected}`, async () => {
        const dataSource = await new (typeorm().DataSource)(options).initialize();
        const sleep = driver === 'postgres' ? 'SELECT pg_sleep(1)' : 'SELECT SLEEP(1)';
        const query = dataSource.query(sleep).then(
          () => 'finished',
          (e: Error) => `${e.name}: ${e.message}`,
        );
        const seen =
          driver === 'postgres'
            ? `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE query = '${sleep}'`
            : `SELECT COUNT(*) AS n FROM information_schema.processlist WHERE info = '${sleep}'`;
        await expect.poll(async () => Number((await dataSource.query(seen))[0].n), {message: 'the query runs'}).toBe(1);
        await dataSource.destroy();
        expect(await query).toBe(expected);
        if (driver === 'postgres') expectGuideToQuote(example.guide, expected);
      });
    }
  });

  test.describe(`${example.name}: sql.js runs a data source's queries on one query runner`, () => {
    // Why the registry makes one sql.js tenant's requests take turns: two transactions at once.
    test('concurrent transactions fail: cannot start a transaction within a transaction', async () => {
      // Loaded when a test runs: the copy is prepared by the examples setup, after collection.
      const typeorm = () => createRequire(path.join(exampleDir(example.name), 'package.json'))('typeorm');
      const dataSource = await new (typeorm().DataSource)({type: 'sqljs'}).initialize();
      try {
        await dataSource.query('CREATE TABLE notes (title varchar)');
        const writes = ['first', 'second'].map((title) =>
          dataSource.transaction(async (manager: {query(sql: string, parameters?: unknown[]): Promise<unknown>}) => {
            await manager.query('INSERT INTO notes (title) VALUES (?)', [title]);
            await new Promise((resolve) => setTimeout(resolve, 20)); // a request's other work
          }),
        );
        const outcomes = (await Promise.allSettled(writes)).map((outcome) =>
          outcome.status === 'fulfilled' ? 'committed' : `${outcome.reason.name}: ${outcome.reason.message}`.split(',')[0],
        );
        expect(outcomes).toEqual([
          'TransactionNotStartedError: Transaction is not started yet',
          'QueryFailedError: cannot start a transaction within a transaction',
        ]);
        expectGuideToQuote(example.guide, 'QueryFailedError: cannot start a transaction within a transaction');
      } finally {
        await dataSource.destroy();
      }
    });
  });
}
