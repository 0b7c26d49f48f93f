// Bench part: the replica lag a reader of examples/nestjs-multi-db sees. The music connection on
// the primary of a pair that tools/replicas.mjs starts (PostgreSQL streaming, MariaDB binlog),
// its replica in MUSIC_DB_REPLICA_URLS; each round creates an artist over GraphQL and, from the
// mutation's answer on, reads it through the replica (GET /artist-reads/find) until it is there.
//
//   node scripts/bench/index.mjs --only replicas [--quick]
//
// Figures, per server (postgres, mariadb) and replica delay (0 s; not in --quick also 2 s):
// replicas.<server>.delay<d>s.lagP50Ms, .lagP95Ms, .lagMaxMs (write answered → replica read
// finds the row), .writes; replicas.pairStartMs.<server>. No goals: the pages state none.
import {mariadbQuery, pgQuery, startReplicas} from '../../../tools/replicas.mjs';
import {startExample} from '../../../tools/exampleApp.mjs';
import {percentile, round1} from '../stats.mjs';

const example = 'nestjs-multi-db';
const database = 'bench_replicas';
const createArtist = 'mutation ($name: String!) { createOneArtist(input: {artist: {name: $name}}) { id } }';

/** Names of the artists found through the replica (find reads from it by default). */
async function readViaReplica(url, name) {
  const response = await fetch(`${url}/artist-reads/find?name=${encodeURIComponent(name)}`);
  const body = await response.json();
  return {status: response.status, names: body.names ?? []};
}

async function waitUntil(what, check, timeoutMs = 60_000) {
  const since = performance.now();
  while (!(await check())) {
    if (performance.now() - since > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Lag of `writes` writes, one after the other, each polled on the replica without a pause. */
async function measureLag(app, writes, delaySeconds) {
  const lags = [];
  for (let i = 0; i < writes; i++) {
    const name = `bench ${delaySeconds}s ${i} ${Date.now().toString(36)}`;
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {'content-type': 'application/json'},
      body: JSON.stringify({query: createArtist, variables: {name}}),
    });
    const body = await response.json();
    if (body.errors?.length) throw new Error(`createOneArtist: ${JSON.stringify(body.errors)}`);
    const answered = performance.now();
    for (;;) {
      const read = await readViaReplica(app.url, name);
      if (read.status !== 200) throw new Error(`GET /artist-reads/find answered ${read.status}`);
      if (read.names.includes(name)) break;
      if (performance.now() - answered > delaySeconds * 1000 + 30_000) throw new Error(`"${name}" did not reach the replica within ${delaySeconds + 30} s`);
    }
    lags.push(performance.now() - answered);
  }
  return lags;
}

async function createDatabaseOn(server, pair) {
  if (server === 'postgres') await pgQuery(pair.primary, 'postgres', `CREATE DATABASE "${database}"`);
  else await mariadbQuery(pair.primary, `CREATE DATABASE \`${database}\``);
  return `${pair.primary}/${database}`;
}

/** Starts both pairs with `delaySeconds`, measures each server's lag, stops everything it started. */
async function round(ctx, delaySeconds, writes, figures) {
  ctx.log(`replicas: starting the PostgreSQL and MariaDB pairs (replica delay ${delaySeconds} s)`);
  const replicas = await startReplicas({delaySeconds});
  try {
    for (const server of ['postgres', 'mariadb']) {
      const pair = replicas[server];
      figures[`replicas.pairStartMs.${server}`] ??= pair.startMs;
      // The pairs are this run's own: the database goes with them when they stop.
      const primaryUrl = await createDatabaseOn(server, pair);
      const app = await startExample(example, {MUSIC_DB_URL: primaryUrl, MUSIC_DB_REPLICA_URLS: `${pair.replica}/${database}`});
      try {
        // The migrations ran on the primary; reads through the replica work once it has the tables.
        await waitUntil(`${server}: the replica has the migrated tables`, async () => (await readViaReplica(app.url, '')).status === 200, delaySeconds * 1000 + 60_000);
        const lags = await measureLag(app, writes, delaySeconds);
        const key = `replicas.${server}.delay${delaySeconds}s`;
        figures[`${key}.writes`] = writes;
        figures[`${key}.lagP50Ms`] = round1(percentile(lags, 50));
        figures[`${key}.lagP95Ms`] = round1(percentile(lags, 95));
        figures[`${key}.lagMaxMs`] = round1(Math.max(...lags));
        ctx.log(
          `replicas: ${server}, delay ${delaySeconds} s: the row reached replica reads ${figures[`${key}.lagP50Ms`]} ms (p50), ` +
            `${figures[`${key}.lagP95Ms`]} ms (p95) after the write's answer, over ${writes} writes`,
        );
      } finally {
        await app.stop();
      }
    }
  } finally {
    await replicas.stop();
  }
}

export default {
  id: 'replicas',
  title: 'Read replicas (nestjs-multi-db): lag a reader sees after a write',
  async run(ctx) {
    const figures = {};
    const delays = ctx.quick ? [0] : [0, 2];
    try {
      for (const delaySeconds of delays) await round(ctx, delaySeconds, ctx.quick ? 10 : delaySeconds ? 10 : 50, figures);
    } catch (error) {
      // The figures of the rounds that finished still reach the report.
      error.figures = figures;
      throw error;
    }
    return {figures};
  },
};
