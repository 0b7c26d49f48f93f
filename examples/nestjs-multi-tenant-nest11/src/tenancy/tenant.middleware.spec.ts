// The middleware's lease against real HTTP: a client that hangs up while its
// request still runs must not end the tenant's lease.
import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { CatalogueService } from '../catalogue/catalogue.service';
import { TenantEntity } from '../catalogue/tenant.entity';
import { openTenantDataSource } from './open-tenant-data-source';
import { TenantContext } from './tenant-context';
import { TenantDataSources } from './tenant-data-sources';
import { TenantMiddleware } from './tenant.middleware';

const tenants: Record<string, TenantEntity> = {};
const catalogue = {
  findTenant: async (id: string) => tenants[id] ?? null,
} as CatalogueService;
let folder: string;
let server: http.Server;
let registry: TenantDataSources;
let finishWork: () => void;
let workStarted: Promise<DataSource>;

beforeEach(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tenant-middleware-'));
  process.env.TENANT_FILES_DIR = folder;
  for (const id of ['acme', 'globex']) {
    tenants[id] = { id, name: id, databaseUrl: `sqljs:${id}.sqlite` };
  }
  registry = new TenantDataSources(1, openTenantDataSource);
  const context = new TenantContext();
  const middleware = new TenantMiddleware(registry, catalogue, context);
  const workEnds = new Promise<void>((resolve) => (finishWork = resolve));
  let started!: (dataSource: DataSource) => void;
  workStarted = new Promise((resolve) => (started = resolve));
  // The rest of the request: it uses the tenant's data source until told to
  // finish, then answers, as a resolver with a slow query would.
  server = http.createServer((req, res) => {
    void middleware.use(req, res, () => {
      const { dataSource } = context.current();
      started(dataSource);
      void workEnds
        .then(() => dataSource.query('SELECT COUNT(*) AS n FROM notes'))
        .then((rows) => res.end(JSON.stringify(rows)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
});

afterEach(async () => {
  finishWork();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await registry.onApplicationShutdown();
  fs.rmSync(folder, { recursive: true, force: true });
});

it('keeps the lease while the request runs, after its client hung up', async () => {
  const { port } = server.address() as AddressInfo;
  const client = http.request({
    port,
    method: 'POST',
    headers: { 'x-tenant': 'acme' },
  });
  client.on('error', () => {}); // the hang-up below
  client.end();
  const acme = await workStarted;
  client.destroy(); // the client hangs up; the request's work goes on
  await new Promise((resolve) => setTimeout(resolve, 100));

  let globexServed = false;
  const globex = registry.acquire('globex', catalogue.findTenant).then((l) => {
    globexServed = true;
    return l;
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(globexServed).toBe(false); // the limit is 1, and acme is still in use
  expect(acme.isInitialized).toBe(true);

  finishWork(); // the request's query runs, then it answers into the void
  const lease = await globex;
  expect(acme.isInitialized).toBe(false); // closed only now, unused
  lease.release();
});
