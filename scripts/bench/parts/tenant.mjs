// The multi-tenant example (examples/nestjs-multi-tenant) on sql.js tenants: GraphQL latency
// with 1 tenant and with 20 tenants warm (sequential requests, p50/p95), the first request for a
// tenant whose data source is not open yet (open + migrations + query), and the memory each
// open tenant data source costs (the app's resident set, 1 open against 21 open).
//
//   node scripts/bench/index.mjs --only tenant
//
// Figures: tenant.oneTenantP50Ms, .oneTenantP95Ms, .twentyTenantsP50Ms, .twentyTenantsP95Ms,
// .firstRequestMs (median over 20 new tenants), .firstRequestP95Ms, .firstRequestExtraMs (the
// first minus the second request of the same tenant, median), .rssPerDataSourceKB,
// .rssOneTenantMB, .rssTwentyOneTenantsMB, .requests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {percentile, round1} from '../stats.mjs';
import {exampleDir, startExample} from '../../../tools/exampleApp.mjs';

const EXAMPLE = 'nestjs-multi-tenant';
const QUERY = '{ notes { totalCount } }';


/** The app's resident set in KB, from /proc (Linux), or from ps elsewhere. */
function rssKB(pid) {
  const status = `/proc/${pid}/status`;
  if (fs.existsSync(status)) return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(status, 'utf8'))[1]);
  throw new Error('memory per data source needs /proc (Linux)');
}

async function request(url, tenant) {
  const since = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {'content-type': 'application/json', 'x-tenant': tenant},
    body: JSON.stringify({query: QUERY}),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`${tenant}: ${response.status} ${JSON.stringify(body.errors)}`);
  return performance.now() - since;
}

export default {
  id: 'tenant',
  title: 'Multi-tenant example: latency, first request, memory per tenant',
  async run(ctx) {
    const dir = exampleDir(EXAMPLE);
    if (!fs.existsSync(path.join(dir, 'node_modules'))) throw new Error(`${dir}/node_modules is missing: run npm install there`);
    const requests = ctx.quick ? 40 : 400;
    const files = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tenant-'));
    const ids = Array.from({length: 21}, (_, i) => `t${String(i + 1).padStart(2, '0')}`);
    fs.writeFileSync(path.join(files, 'tenants.json'), JSON.stringify(ids.map((id) => ({id, name: id, databaseUrl: `sqljs:${id}.sqlite`}))));
    // From its build, as `npm run start:prod` runs it, so the process measured is the app's own.
    const app = await startExample(EXAMPLE, {
      TENANTS_FILE: path.join(files, 'tenants.json'),
      TENANT_FILES_DIR: files,
      TENANT_DATA_SOURCE_LIMIT: String(ids.length),
    });
    try {
      // One tenant warm.
      const [one, ...twenty] = ids;
      await request(app.url, one);
      for (let i = 0; i < 20; i++) await request(app.url, one);
      const oneTimes = [];
      for (let i = 0; i < requests; i++) oneTimes.push(await request(app.url, one));
      const rssOne = rssKB(app.child.process.pid);

      // Twenty more, each first request opening its data source.
      // The second request right after shows what the open itself added, on a noisy machine.
      const firstTimes = [];
      const extraTimes = [];
      for (const id of twenty) {
        const first = await request(app.url, id);
        firstTimes.push(first);
        extraTimes.push(first - (await request(app.url, id)));
      }
      for (let i = 0; i < 40; i++) await request(app.url, twenty[i % 20]);
      const rssAll = rssKB(app.child.process.pid);
      const twentyTimes = [];
      for (let i = 0; i < requests; i++) twentyTimes.push(await request(app.url, twenty[i % 20]));

      const figures = {
        'tenant.requests': requests,
        'tenant.oneTenantP50Ms': round1(percentile(oneTimes, 50)),
        'tenant.oneTenantP95Ms': round1(percentile(oneTimes, 95)),
        'tenant.twentyTenantsP50Ms': round1(percentile(twentyTimes, 50)),
        'tenant.twentyTenantsP95Ms': round1(percentile(twentyTimes, 95)),
        'tenant.firstRequestMs': round1(percentile(firstTimes, 50)),
        'tenant.firstRequestP95Ms': round1(percentile(firstTimes, 95)),
        'tenant.firstRequestExtraMs': round1(percentile(extraTimes, 50)),
        'tenant.rssOneTenantMB': round1(rssOne / 1024),
        'tenant.rssTwentyOneTenantsMB': round1(rssAll / 1024),
        'tenant.rssPerDataSourceKB': Math.round((rssAll - rssOne) / 20),
      };
      ctx.log(
        `1 tenant warm: p50 ${figures['tenant.oneTenantP50Ms']} ms, p95 ${figures['tenant.oneTenantP95Ms']} ms; ` +
          `20 tenants warm: p50 ${figures['tenant.twentyTenantsP50Ms']} ms, p95 ${figures['tenant.twentyTenantsP95Ms']} ms`,
      );
      ctx.log(
        `first request for a new tenant: median ${figures['tenant.firstRequestMs']} ms ` +
          `(+${figures['tenant.firstRequestExtraMs']} ms over its second); ` +
          `memory per open data source: ${figures['tenant.rssPerDataSourceKB']} KB`,
      );
      return {figures};
    } finally {
      await app.stop();
      fs.rmSync(files, {recursive: true, force: true});
    }
  },
};
