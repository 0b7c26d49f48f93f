// The tenant data sources' life: least recently used closed past the limit and reopened on
// demand, the limit held under concurrent requests, and nothing left open after SIGTERM.
// Tagged @servers: with `.ci/run` the tenants sit on fresh PostgreSQL and MariaDB databases.
import {expect, test} from '@playwright/test';
import {availableDrivers, TenantDatabases} from './tenant-databases';
import {inBatches, startTenantApp, tenantExamples, type TenantApp} from './tenant-app';

for (const example of tenantExamples) {
  test.describe(`${example.name}: lifecycle`, {tag: '@servers'}, () => {
    const databases = new TenantDatabases();
    let app: TenantApp;

    test.beforeAll(async () => {
      // t1 on a server when there is one, so that its closing shows on the server.
      const drivers = availableDrivers().reverse();
      for (const [index, id] of ['t1', 't2', 't3', 't4', 't5'].entries()) await databases.add(id, drivers[index % drivers.length]);
      app = await startTenantApp(example, {
        TENANTS_FILE: databases.writeTenantsFile(),
        TENANT_FILES_DIR: databases.filesDir,
        TENANT_DATA_SOURCE_LIMIT: '2',
      });
    });

    test.afterAll(async () => {
      await app?.stop();
      await databases.dropAll();
    });

    test('past the limit the least recently used data source is closed, and reopened with its rows on demand', async () => {
      expect((await app.createNote('t1', 'kept in t1')).status).toBe(200);
      expect((await app.createNote('t2', 'kept in t2')).status).toBe(200);
      expect((await app.tenants()).open.map((t) => t.id)).toEqual(['t1', 't2']);
      expect((await app.createNote('t3', 'kept in t3')).status).toBe(200);
      expect(app.lines('Closed the data source of tenant "t1" (least recently used): 1 of 2 open')).toHaveLength(1);
      expect((await app.tenants()).open.map((t) => t.id)).toEqual(['t2', 't3']);
      // Closed for real: its server connections are gone.
      await expect.poll(() => databases.get('t1').connections()).toBe(0);

      const again = await app.graphql('t1', '{ notes { edges { node { title } } } }');
      expect(again.body.data.notes.edges).toEqual([{node: {title: 'kept in t1'}}]);
      expect(app.lines('Opened the data source of tenant "t1"')).toHaveLength(2);
      expect((await app.tenants()).open.map((t) => t.id)).toEqual(['t3', 't1']);
    });

    test('100 concurrent requests for 5 tenants with a limit of 2: all served, never more than 2 open', async () => {
      const ids = ['t1', 't2', 't3', 't4', 't5'];
      const before = Object.fromEntries(await Promise.all(ids.map(async (id) => [id, (await databases.get(id).titles()).length])));
      const writes = Array.from({length: 100}, (_, i) => ({tenant: ids[i % 5], title: `${ids[i % 5]} load ${i}`}));
      const answers = await inBatches(writes, 10, ({tenant, title}) => app.createNote(tenant, title));
      expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
      // Every open and close reports "<n> of 2 open", counting those still closing.
      const counts = app.lines(' of 2 open').map((line) => Number(/: (\d+) of 2 open/.exec(line)![1]));
      expect(counts.length).toBeGreaterThan(10);
      expect(Math.max(...counts)).toBeLessThanOrEqual(2);
      for (const id of ids) {
        const titles = await databases.get(id).titles();
        expect(titles.length - before[id], `${id} on ${databases.get(id).driver}: ${titles.join(', ')}`).toBe(20);
        expect(titles.filter((title) => title.includes(' load ')).every((title) => title.startsWith(`${id} `))).toBe(true);
      }
      const status = await app.tenants();
      expect(status.open.length + status.closing).toBeLessThanOrEqual(2);
    });
  });

  test.describe(`${example.name}: shutdown`, {tag: '@servers'}, () => {
    test('SIGTERM closes every tenant data source and the process exits by itself', async () => {
      const databases = new TenantDatabases();
      const drivers = availableDrivers();
      try {
        for (const [index, id] of ['s1', 's2', 's3'].entries()) await databases.add(id, drivers[index % drivers.length]);
        const app = await startTenantApp(example, {TENANTS_FILE: databases.writeTenantsFile(), TENANT_FILES_DIR: databases.filesDir});
        try {
          for (const tenant of databases.tenants) {
            expect((await app.createNote(tenant.id, `${tenant.id} note`)).status).toBe(200);
            // Right away: the pool closes idle connections after a while (pg: 10 s).
            if (tenant.driver !== 'sqljs') expect(await tenant.connections(), `${tenant.id} is open`).toBeGreaterThan(0);
          }
          // A signal to the app alone: exit code 0 means it ended by itself (a kill would give null).
          expect(await app.terminate(), app.child.output).toBe(0);
          expect(app.lines('All tenant data sources closed (3 at shutdown)')).toHaveLength(1);
          expect(app.child.output).not.toContain('Error happened during shutdown');
        } finally {
          await app.stop();
        }
        for (const tenant of databases.tenants) {
          await expect.poll(() => tenant.connections(), {message: `${tenant.id} left open`}).toBe(0);
          expect(await tenant.titles()).toEqual([`${tenant.id} note`]);
        }
      } finally {
        await databases.dropAll();
      }
    });
  });
}
