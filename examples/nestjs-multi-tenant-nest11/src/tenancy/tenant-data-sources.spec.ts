// The registry of tenant data sources, on real sql.js databases in a fresh
// folder.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { TenantEntity } from '../catalogue/tenant.entity';
import { openTenantDataSource } from './open-tenant-data-source';
import { TenantDataSources } from './tenant-data-sources';
import { TenantRequestError } from './tenant-request.error';

const catalogue: Record<string, TenantEntity> = {};
const findTenant = async (id: string) => catalogue[id] ?? null;
let opened: DataSource[] = [];
let mostAtOnce = 0;

// openTenantDataSource as the app uses it, also counting what it opens.
async function open(tenant: TenantEntity) {
  const dataSource = await openTenantDataSource(tenant);
  opened.push(dataSource);
  const live = opened.filter((d) => d.isInitialized).length;
  mostAtOnce = Math.max(mostAtOnce, live);
  return dataSource;
}

beforeEach(() => {
  process.env.TENANT_FILES_DIR = fs.mkdtempSync(
    path.join(os.tmpdir(), 'tenants-'),
  );
  for (const id of ['acme', 'globex', 'initech']) {
    catalogue[id] = { id, name: id, databaseUrl: `sqljs:${id}.sqlite` };
  }
  opened = [];
  mostAtOnce = 0;
});

afterEach(async () => {
  await Promise.all(
    opened.filter((d) => d.isInitialized).map((d) => d.destroy()),
  );
  fs.rmSync(process.env.TENANT_FILES_DIR!, { recursive: true, force: true });
});

test('concurrent first requests for one tenant open one data source', async () => {
  const registry = new TenantDataSources(3, open);
  const used = await Promise.all(
    Array.from({ length: 20 }, async () => {
      const lease = await registry.acquire('acme', findTenant);
      lease.release();
      return lease.dataSource;
    }),
  );
  assert.equal(opened.length, 1);
  assert.ok(used.every((dataSource) => dataSource === opened[0]));
  await registry.onApplicationShutdown();
});

test('past the limit the least recently used is closed, and reopened with its rows on demand', async () => {
  const registry = new TenantDataSources(2, open);
  const acme = await registry.acquire('acme', findTenant);
  await acme.dataSource.query(
    `INSERT INTO notes (title, body) VALUES ('kept', '')`,
  );
  acme.release();
  (await registry.acquire('globex', findTenant)).release();
  (await registry.acquire('initech', findTenant)).release();
  assert.equal(
    acme.dataSource.isInitialized,
    false,
    'acme was the least recently used',
  );
  assert.deepEqual(
    registry.status().open.map((t) => t.id),
    ['globex', 'initech'],
  );
  const again = await registry.acquire('acme', findTenant);
  assert.notEqual(again.dataSource, acme.dataSource);
  assert.deepEqual(await again.dataSource.query('SELECT title FROM notes'), [
    { title: 'kept' },
  ]);
  assert.deepEqual(
    registry.status().open.map((t) => t.id),
    ['initech', 'acme'],
  );
  again.release();
  assert.equal(mostAtOnce, 2);
  await registry.onApplicationShutdown();
});

test('a data source in use is not closed: a new tenant waits, and the limit holds', async () => {
  const registry = new TenantDataSources(1, open);
  const acme = await registry.acquire('acme', findTenant);
  let globexOpened = false;
  const globex = registry.acquire('globex', findTenant).then((lease) => {
    globexOpened = true;
    return lease;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(globexOpened, false, 'globex waits while acme is in use');
  assert.deepEqual(
    await acme.dataSource.query('SELECT COUNT(*) AS n FROM notes'),
    [{ n: 0 }],
  );
  acme.release();
  (await globex).release();
  assert.equal(acme.dataSource.isInitialized, false);
  assert.equal(mostAtOnce, 1);
  await registry.onApplicationShutdown();
});

test('requests for one sql.js tenant take turns (it has a single connection)', async () => {
  const registry = new TenantDataSources(3, open);
  const first = await registry.acquire('acme', findTenant);
  let secondStarted = false;
  const second = registry.acquire('acme', findTenant).then((lease) => {
    secondStarted = true;
    return lease;
  });
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(secondStarted, false, 'the second waits for its turn');
  first.release();
  (await second).release();
  assert.equal(secondStarted, true);
  await registry.onApplicationShutdown();
});

test('an unknown tenant opens and closes nothing', async () => {
  const registry = new TenantDataSources(1, open);
  (await registry.acquire('acme', findTenant)).release();
  await assert.rejects(
    registry.acquire('nope', findTenant),
    (error: TenantRequestError) => {
      assert.equal(error.status, 404);
      assert.equal(error.message, 'No tenant "nope" in the catalogue.');
      return true;
    },
  );
  assert.equal(opened.length, 1);
  assert.deepEqual(
    registry.status().open.map((t) => t.id),
    ['acme'],
  );
  await registry.onApplicationShutdown();
});

test('a tenant whose database cannot be opened fails alone, and is tried again next time', async () => {
  const registry = new TenantDataSources(2, open);
  catalogue.down = {
    id: 'down',
    name: 'down',
    databaseUrl: 'postgres://127.0.0.1:1/down',
  };
  const failures = await Promise.allSettled([
    registry.acquire('down', findTenant),
    registry.acquire('down', findTenant),
  ]);
  for (const failure of failures) {
    assert.equal(failure.status, 'rejected');
    assert.equal(
      (failure as PromiseRejectedResult).reason.message,
      'Tenant "down" is unavailable: its database cannot be opened.',
    );
  }
  const acme = await registry.acquire('acme', findTenant);
  assert.ok(acme.dataSource.isInitialized);
  acme.release();
  assert.deepEqual(
    registry.status().open.map((t) => t.id),
    ['acme'],
  );
  await assert.rejects(
    registry.acquire('down', findTenant),
    /Tenant "down" is unavailable/,
  );
  await registry.onApplicationShutdown();
});

test('shutdown waits for requests still running, then closes every data source', async () => {
  const registry = new TenantDataSources(3, open);
  const acme = await registry.acquire('acme', findTenant);
  (await registry.acquire('globex', findTenant)).release();
  const shutdown = registry.onApplicationShutdown();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(acme.dataSource.isInitialized, true, 'still in use');
  await assert.rejects(
    registry.acquire('initech', findTenant),
    /shutting down/,
  );
  acme.release();
  await shutdown;
  assert.ok(opened.every((d) => !d.isInitialized));
});

test('a request that finds every data source in use waits at most the timeout, then is refused', async () => {
  const registry = new TenantDataSources(1, open, 100);
  const acme = await registry.acquire('acme', findTenant);
  const started = Date.now();
  await assert.rejects(
    registry.acquire('globex', findTenant),
    (error: TenantRequestError) => {
      assert.equal(error.status, 503);
      assert.equal(error.code, 'TENANT_BUSY');
      assert.equal(
        error.message,
        'No data source slot for tenant "globex": all 1 stayed in use for 100 ms.',
      );
      return true;
    },
  );
  // It waited for the timeout, not refused at once (a timer may fire a millisecond early).
  assert.ok(Date.now() - started >= 90);
  assert.equal(
    acme.dataSource.isInitialized,
    true,
    'acme kept its data source',
  );
  assert.equal(opened.length, 1, 'nothing opened for globex');
  acme.release();
  // A slot freed in time serves the next one.
  (await registry.acquire('globex', findTenant)).release();
  await registry.onApplicationShutdown();
});

test('a tenant whose database moved gets a new data source; the old one closes once its requests end', async () => {
  const registry = new TenantDataSources(2, open);
  const before = await registry.acquire('acme', findTenant);
  catalogue.acme = {
    ...catalogue.acme,
    databaseUrl: 'sqljs:acme-moved.sqlite',
  };
  const invalidated = registry.invalidate('acme');
  const after = await registry.acquire('acme', findTenant);
  assert.notEqual(after.dataSource, before.dataSource);
  assert.equal(
    after.dataSource.options.type === 'sqljs' &&
      path.basename(after.dataSource.options.location ?? ''),
    'acme-moved.sqlite',
  );
  assert.equal(before.dataSource.isInitialized, true, 'its request still runs');
  assert.equal(registry.status().closing, 1, 'and it counts against the limit');
  before.release();
  await invalidated;
  assert.equal(before.dataSource.isInitialized, false);
  assert.equal(registry.status().closing, 0);
  after.release();
  await registry.onApplicationShutdown();
});
