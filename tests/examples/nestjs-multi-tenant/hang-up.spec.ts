// A client that hangs up while its request still runs a query: the tenant's data source stays
// open until that work ends, also when another tenant needs the only slot and when the app shuts
// down. The slow query is made on demand: the test locks the tenant's notes table from a
// connection of its own. Tagged @servers: it runs on the PostgreSQL and MariaDB servers of a
// `.ci/run` pass (the examples' own tests cover sql.js).
import {expect, test} from '@playwright/test';
import {availableDrivers, TenantDatabases, type TenantDatabase} from './tenant-databases';
import {startTenantApp, tenantExamples, type TenantApp} from './tenant-app';

/** Sends `{ notes { totalCount } }` for `tenant`, then hangs up once the query waits on the lock. */
async function hangUpWhileQuerying(app: TenantApp, tenant: TenantDatabase): Promise<void> {
  const client = new AbortController();
  const sent = fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'x-tenant': tenant.id},
    body: JSON.stringify({query: '{ notes { totalCount } }'}),
    signal: client.signal,
  }).catch(() => undefined);
  await expect.poll(() => tenant.waitingQueries!(), {message: `${tenant.id}'s query waits on the lock`}).toBe(1);
  client.abort();
  await sent;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const example of tenantExamples) {
  for (const driver of availableDrivers().filter((d) => d !== 'sqljs')) {
    test.describe(`${example.name}: a client hangs up while its query runs, on ${driver}`, {tag: '@servers'}, () => {
      const databases = new TenantDatabases();
      let app: TenantApp;

      test.beforeAll(async () => {
        await databases.add('a', driver);
        await databases.add('b', driver);
        app = await startTenantApp(example, {
          TENANTS_FILE: databases.writeTenantsFile(),
          TENANT_FILES_DIR: databases.filesDir,
          TENANT_DATA_SOURCE_LIMIT: '1',
        });
      });

      test.afterAll(async () => {
        await app?.stop();
        await databases.dropAll();
      });

      test("another tenant waits for the only slot until the request's work ends", async () => {
        const a = databases.get('a');
        expect((await app.createNote('a', 'kept')).status).toBe(200);
        const unlock = await a.lockNotes!();
        let unlocked = false;
        try {
          await hangUpWhileQuerying(app, a);
          let answeredWhileLocked = false;
          const b = app.graphql('b', '{ notes { totalCount } }').then((answer) => {
            answeredWhileLocked = !unlocked;
            return answer;
          });
          await settle(1000); // time enough for b to close a, if it may
          // Still open and leased; on MariaDB a close would wait for the query, but would have begun.
          expect(await app.tenants()).toMatchObject({closing: 0, open: [{id: 'a', inUse: 1}]});
          expect(app.lines('Closed the data source of tenant "a"'), 'a is still in use').toEqual([]);
          expect(await a.connections(), "a's pool is still open").toBeGreaterThan(0);
          unlocked = true;
          await unlock();
          expect((await b).body).toEqual({data: {notes: {totalCount: 0}}});
          expect(answeredWhileLocked, 'b was served only after a had finished').toBe(false);
          expect(app.lines('Closed the data source of tenant "a" (least recently used)')).toHaveLength(1);
        } finally {
          if (!unlocked) await unlock();
        }
        expect(app.child.output).not.toMatch(/Connection terminated|QueryFailedError|ERROR/);
      });

      test('shutdown waits for the work of a request whose client hung up', async () => {
        const a = databases.get('a');
        expect((await app.graphql('a', '{ notes { totalCount } }')).status).toBe(200);
        const unlock = await a.lockNotes!();
        let unlocked = false;
        try {
          await hangUpWhileQuerying(app, a);
          const exited = app.terminate();
          await settle(1000);
          expect(app.child.exitCode, 'the app waits for the running query').toBeUndefined();
          expect(app.lines('Closed the data source of tenant "a"').filter((line) => line.includes('shutting down'))).toEqual([]);
          unlocked = true;
          await unlock();
          expect(await exited, app.child.output).toBe(0);
        } finally {
          if (!unlocked) await unlock();
        }
        expect(app.lines('All tenant data sources closed (1 at shutdown)')).toHaveLength(1);
        expect(app.child.output).not.toMatch(/Connection terminated|QueryFailedError|ERROR/);
      });
    });
  }
}
