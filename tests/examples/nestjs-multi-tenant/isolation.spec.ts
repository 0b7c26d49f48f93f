// Tenants never see each other's rows, also under load, and concurrent first requests for a
// tenant share one data source. Tagged @servers: with `.ci/run` the tenants sit on fresh
// PostgreSQL and MariaDB databases next to the sql.js ones.
import {expect, test} from '@playwright/test';
import {availableDrivers, TenantDatabases} from './tenant-databases';
import {inBatches, startTenantApp, tenantExamples, type TenantApp} from './tenant-app';

for (const example of tenantExamples) {
  test.describe(`${example.name}: isolation`, {tag: '@servers'}, () => {
    const tenantIds = ['amber', 'birch', 'cedar', 'dune', 'ember'];
    const databases = new TenantDatabases();
    let app: TenantApp;

    test.beforeAll(async () => {
      const drivers = availableDrivers();
      // Spread over every driver of this run; `fresh` is opened by one test only.
      for (const [index, id] of [...tenantIds, 'fresh'].entries()) await databases.add(id, drivers[index % drivers.length]);
      console.log(`tenants: ${databases.tenants.map((t) => `${t.id} on ${t.driver}`).join(', ')}`);
      app = await startTenantApp(example, {
        TENANTS_FILE: databases.writeTenantsFile(),
        TENANT_FILES_DIR: databases.filesDir,
        TENANT_DATA_SOURCE_LIMIT: '10',
        TENANT_POOL_SIZE: '2',
      });
    });

    test.afterAll(async () => {
      await app?.stop();
      await databases.dropAll();
    });

    test('200 interleaved requests for 5 tenants: every row lands in its own tenant database, and only there', async () => {
      // amber-0, birch-0, ..., ember-0, amber-1, ...: neighbours always belong to different tenants.
      const writes = Array.from({length: 200}, (_, i) => ({tenant: tenantIds[i % 5], title: `${tenantIds[i % 5]}-${Math.floor(i / 5)}`}));
      const answers = await inBatches(writes, 10, ({tenant, title}) => app.createNote(tenant, title));
      for (const [i, answer] of answers.entries()) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        expect(answer.body.data.createOneNote.title).toBe(writes[i].title);
      }
      for (const id of tenantIds) {
        const titles = await databases.get(id).titles(); // the database itself, not the app
        expect(titles).toHaveLength(40);
        expect(
          titles.every((title) => title.startsWith(`${id}-`)),
          `${id} holds only its own rows: ${titles}`,
        ).toBe(true);
        expect(new Set(titles).size).toBe(40);
        // And through the API, each tenant counts only its own.
        const read = await app.graphql(id, '{ notes(filter: {title: {notLike: "' + id + '-%"}}) { totalCount } all: notes { totalCount } }');
        expect(read.body.data).toEqual({notes: {totalCount: 0}, all: {totalCount: 40}});
      }
    });

    test('25 concurrent first requests for one tenant open one data source', async () => {
      const fresh = databases.get('fresh');
      expect(app.lines('tenant "fresh"')).toEqual([]);
      const answers = await Promise.all(Array.from({length: 25}, () => app.graphql('fresh', '{ notes { totalCount } }')));
      expect(answers.map((a) => a.status)).toEqual(Array(25).fill(200));
      expect(app.lines('Opened the data source of tenant "fresh"')).toHaveLength(1);
      expect((await app.tenants()).open.filter((t) => t.id === 'fresh')).toHaveLength(1);
      // One pool, of at most TENANT_POOL_SIZE connections (sql.js has none).
      expect(await fresh.connections()).toBeLessThanOrEqual(2);
    });
  });
}
