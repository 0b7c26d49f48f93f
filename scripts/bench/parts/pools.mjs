// Bench part: the pool wait under load in examples/nestjs-multi-db. The secret connection on a
// fresh database of the machine's PostgreSQL and MariaDB with a pool of 2 (SECRET_DB_POOL_SIZE),
// K GraphQL secret reads sent at once (K = 2, 8, 32), and how long each waited: its time less the
// median time of one read alone. On PostgreSQL the same with SECRET_DB_POOL_WAIT_MS=1000, once as
// is and once while the bench holds a lock on the table for 1.5 s (the pool's two connections
// stuck behind it): how many reads fail, and with what message.
//
//   node scripts/bench/index.mjs --only pools [--quick]
//
// Figures: pools.<server>.aloneP50Ms; pools.<server>.k<K>.waitP50Ms, .waitP95Ms, .waitMaxMs,
// .requests; pools.postgres.waitLimit.k<K>.failed, pools.postgres.waitLimit.locked.k32.failed,
// .failedP50Ms (time to the failure), pools.postgres.waitLimit.message. No goals.
import {createRequire} from 'node:module';
import {createDatabase, dropDatabases} from '../../../tools/databases.mjs';
import {startExample} from '../../../tools/exampleApp.mjs';
import {percentile, round1} from '../stats.mjs';

const require = createRequire(import.meta.url);
const example = 'nestjs-multi-db';
// One statement per request (no totalCount): each read holds one pooled connection.
const readSecrets = '{ secrets(paging: {first: 1}) { edges { node { id } } } }';
const concurrency = [2, 8, 32];
const lockMs = 1500;

/** One read: its time and its first error message, if any. */
async function read(url) {
  const since = performance.now();
  const response = await fetch(`${url}/graphql`, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query: readSecrets})});
  const body = await response.json();
  return {ms: performance.now() - since, error: body.errors?.[0]?.message};
}

/** `k` reads at once, `bursts` times; every result. */
async function bursts(url, k, count) {
  const results = [];
  for (let i = 0; i < count; i++) results.push(...(await Promise.all(Array.from({length: k}, () => read(url)))));
  return results;
}

function expectAnswers(results, what) {
  const failed = results.filter((r) => r.error);
  if (failed.length) throw new Error(`${what}: ${failed.length} of ${results.length} reads failed: ${failed[0].error}`);
}

async function waits(ctx, server, url, figures, burstCount) {
  const app = await startExample(example, {SECRET_DB_URL: url, SECRET_DB_POOL_SIZE: '2'});
  try {
    await bursts(app.url, 2, 5); // warm-up: the pool's two connections open
    const alone = [];
    for (let i = 0; i < 20; i++) alone.push(await read(app.url));
    expectAnswers(alone, `${server}, one read at a time`);
    const aloneP50 = percentile(alone.map((r) => r.ms), 50);
    figures[`pools.${server}.aloneP50Ms`] = round1(aloneP50);
    for (const k of concurrency) {
      const results = await bursts(app.url, k, burstCount);
      expectAnswers(results, `${server}, ${k} reads at once`);
      const waited = results.map((r) => Math.max(0, r.ms - aloneP50));
      const key = `pools.${server}.k${k}`;
      figures[`${key}.requests`] = results.length;
      figures[`${key}.waitP50Ms`] = round1(percentile(waited, 50));
      figures[`${key}.waitP95Ms`] = round1(percentile(waited, 95));
      figures[`${key}.waitMaxMs`] = round1(Math.max(...waited));
      ctx.log(`pools: ${server}, pool 2, ${k} reads at once: wait p50 ${figures[`${key}.waitP50Ms`]} ms, p95 ${figures[`${key}.waitP95Ms`]} ms, max ${figures[`${key}.waitMaxMs`]} ms`);
    }
  } finally {
    await app.stop();
  }
}

/** PostgreSQL with a wait limit of 1000 ms: failures as is, and while the table is locked. */
async function waitLimit(ctx, url, figures, burstCount) {
  const pg = require('pg');
  const app = await startExample(example, {SECRET_DB_URL: url, SECRET_DB_POOL_SIZE: '2', SECRET_DB_POOL_WAIT_MS: '1000'});
  let lock;
  try {
    const messages = new Set();
    for (const k of concurrency) {
      const results = await bursts(app.url, k, burstCount);
      const failed = results.filter((r) => r.error);
      for (const r of failed) messages.add(r.error);
      figures[`pools.postgres.waitLimit.k${k}.failed`] = failed.length;
      ctx.log(`pools: postgres, wait limit 1000 ms, ${k} reads at once: ${failed.length} of ${results.length} failed`);
    }
    lock = new pg.Client({connectionString: url});
    await lock.connect();
    await lock.query('BEGIN');
    await lock.query('LOCK TABLE secrets IN ACCESS EXCLUSIVE MODE');
    const pending = Promise.all(Array.from({length: 32}, () => read(app.url)));
    await new Promise((resolve) => setTimeout(resolve, lockMs));
    await lock.query('COMMIT');
    await lock.end();
    lock = undefined;
    const results = await pending;
    const failed = results.filter((r) => r.error);
    for (const r of failed) messages.add(r.error);
    figures['pools.postgres.waitLimit.locked.k32.failed'] = failed.length;
    if (failed.length) figures['pools.postgres.waitLimit.locked.k32.failedP50Ms'] = round1(percentile(failed.map((r) => r.ms), 50));
    figures['pools.postgres.waitLimit.message'] = [...messages].join(' | ') || '(none)';
    ctx.log(
      `pools: postgres, wait limit 1000 ms, 32 reads at once with the table locked ${lockMs} ms: ${failed.length} of 32 failed` +
        (failed.length ? ` after ${figures['pools.postgres.waitLimit.locked.k32.failedP50Ms']} ms (p50): "${[...messages].join('", "')}"` : ''),
    );
  } finally {
    await lock?.end().catch(() => undefined);
    await app.stop();
  }
}

export default {
  id: 'pools',
  title: 'Pools (nestjs-multi-db): wait for a pooled connection under load, pool of 2',
  async run(ctx) {
    const figures = {};
    const burstCount = ctx.quick ? 1 : 10;
    const prefix = `bench_pools_${process.pid}_`;
    try {
      for (const server of ['postgres', 'mariadb']) {
        const url = await createDatabase(server, `${prefix}${server}`);
        await waits(ctx, server, url, figures, burstCount);
        if (server === 'postgres') await waitLimit(ctx, url, figures, burstCount);
      }
    } catch (error) {
      error.figures = figures;
      throw error;
    } finally {
      for (const server of ['postgres', 'mariadb']) await dropDatabases(server, prefix).catch((error) => ctx.log(`pools: dropping ${prefix}* on ${server}: ${error.message}`));
    }
    return {figures};
  },
};
