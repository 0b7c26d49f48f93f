// Read replicas on the current line (examples/nestjs-multi-db, MUSIC_DB_REPLICA_URLS): a
// PostgreSQL streaming pair and a MariaDB binlog pair that this file starts (tools/replicas.mjs),
// each replica applying changes a few seconds late. Where a read went is seen in its result:
// a row written on the primary while the replica's apply is paused (or before the delay has
// passed) is found by a read that reached the primary, and missed by one that reached a replica.
// Every message docs/nestjs-query/read-replicas.mdx quotes comes out of these runs.
import {expect, test} from '@playwright/test';
import {mariadbQuery, pgQuery, startReplicas, type Replicas} from '../../tools/replicas.mjs';
import {freePort, startExample, type RunningExample} from '../../tools/exampleApp.mjs';
import {graphql, graphqlData} from './support/graphql';
import {uniqueName} from './support/nestjs-fixtures';
import {expectGuideToQuote} from './support/guides';

const example = 'nestjs-multi-db';
const guide = 'docs/nestjs-query/read-replicas.mdx';
// Long enough that a read right after a write finds the replica behind, even on a busy machine.
const delaySeconds = 5;

test.describe.configure({mode: 'default'});

let replicas: Replicas | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  replicas = await startReplicas({delaySeconds});
  for (const server of ['postgres', 'mariadb'] as const) console.log(`${server} primary + replica started in ${replicas[server].startMs} ms`);
});

test.afterAll(async () => {
  await replicas?.stop();
});

const squash = (text: string) => text.replace(/\s+/g, ' ');

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;
const portOf = (url: string) => new URL(url).port;

/** One replication pair seen from the test: a database on it, and the same database on each server. */
interface Pair {
  server: 'postgres' | 'mariadb';
  primaryUrl: string;
  replicaUrl: string;
  /** artists with this name on the primary / on the replica, read directly */
  count(on: 'primary' | 'replica', name: string): Promise<number>;
  /** an artist written on the primary directly, not through the app */
  insert(name: string): Promise<void>;
  hasArtistsTable(on: 'primary' | 'replica'): Promise<boolean>;
  /** connections the app holds on the replica */
  appConnections(): Promise<number>;
  /** stops and restarts applying the primary's changes on the replica (replication itself goes on) */
  pause(): Promise<void>;
  resume(): Promise<void>;
}

async function openPair(server: 'postgres' | 'mariadb', database: string): Promise<Pair> {
  const pair = replicas![server];
  const on = (where: 'primary' | 'replica') => pair[where];
  if (server === 'postgres') {
    await pgQuery(pair.primary, 'postgres', `CREATE DATABASE "${database}"`);
    // The replica applies it after its delay; the app's replica check needs it there.
    await until(
      'the replica has the database',
      async () => (await pgQuery(pair.replica, 'postgres', `SELECT 1 FROM pg_database WHERE datname = '${database}'`)).length === 1,
    );
    const query = (where: 'primary' | 'replica', sql: string) => pgQuery(on(where), database, sql);
    return {
      server,
      primaryUrl: `${pair.primary}/${database}`,
      replicaUrl: `${pair.replica}/${database}`,
      count: async (where, name) => (await query(where, `SELECT count(*)::int AS n FROM artists WHERE name = ${sqlString(name)}`))[0].n,
      insert: async (name) => void (await query('primary', `INSERT INTO artists (name) VALUES (${sqlString(name)})`)),
      hasArtistsTable: async (where) => (await query(where, `SELECT to_regclass('artists') IS NOT NULL AS found`))[0].found,
      appConnections: async () =>
        (await query('replica', `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`))[0].n,
      pause: async () => void (await query('replica', 'SELECT pg_wal_replay_pause()')),
      resume: async () => void (await query('replica', 'SELECT pg_wal_replay_resume()')),
    };
  }
  await mariadbQuery(pair.primary, `CREATE DATABASE \`${database}\``);
  await until('the replica has the database', async () => (await mariadbQuery(pair.replica, `SHOW DATABASES LIKE '${database}'`)).length === 1);
  const query = (where: 'primary' | 'replica', sql: string) => mariadbQuery(`${on(where)}/${database}`, sql);
  return {
    server,
    primaryUrl: `${pair.primary}/${database}`,
    replicaUrl: `${pair.replica}/${database}`,
    count: async (where, name) => Number((await query(where, `SELECT COUNT(*) AS n FROM artists WHERE name = ${sqlString(name)}`))[0].n),
    insert: async (name) => void (await query('primary', `INSERT INTO artists (name) VALUES (${sqlString(name)})`)),
    hasArtistsTable: async (where) =>
      Number((await query(where, `SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = '${database}' AND table_name = 'artists'`))[0].n) ===
      1,
    appConnections: async () =>
      Number(
        (
          await mariadbQuery(
            pair.replica,
            `SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = '${database}' AND user = 'root' AND id <> CONNECTION_ID()`,
          )
        )[0].n,
      ),
    pause: async () => void (await mariadbQuery(pair.replica, 'STOP SLAVE SQL_THREAD')),
    resume: async () => void (await mariadbQuery(pair.replica, 'START SLAVE SQL_THREAD')),
  };
}

/** Polls until `check` holds; returns how long that took. */
async function until(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<number> {
  const since = Date.now();
  while (!(await check())) {
    if (Date.now() - since > timeoutMs) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - since;
}

async function read(app: RunningExample, via: string, name: string) {
  const response = await fetch(`${app.url}/artist-reads/${via}?name=${encodeURIComponent(name)}`);
  return {status: response.status, body: (await response.json()) as {names?: string[]; message?: string}};
}

const reads = ['find', 'queryBuilder', 'rawQuery', 'transaction', 'fromPrimary', 'fromReplica'] as const;

const artistsNamed = `query ($name: String!) { artists(filter: {name: {eq: $name}}) { totalCount edges { node { id name } } } }`;
const createArtist = `mutation ($name: String!) { createOneArtist(input: {artist: {name: $name}}) { id name } }`;

test('on sql.js, a replica URL stops the start: sql.js has no replication', {tag: '@replicas'}, async () => {
  const message =
    'Cannot use read replicas on the "default" connection: it runs on sql.js, and sql.js has no replication. Unset MUSIC_DB_REPLICA_URLS, or set MUSIC_DB_URL to a PostgreSQL, MySQL or MariaDB server.';
  const error = await startExample(example, {MUSIC_DB_REPLICA_URLS: replicas!.postgres.replica}).then(
    async (app) => {
      await app.stop();
      return undefined;
    },
    (failure: Error) => failure,
  );
  expect(error?.message).toContain('exited (code 1) before /health answered');
  expect(squash(error!.message)).toContain(message);
  expectGuideToQuote(guide, message);
});

for (const server of ['postgres', 'mariadb'] as const) {
  test.describe(server, {tag: '@replicas'}, () => {
    let pair: Pair;
    let app: RunningExample | undefined;

    test.beforeAll(async () => {
      test.setTimeout(240_000);
      // The pair is this file's own: its database can have the name a reader's would.
      pair = await openPair(server, 'music');
      app = await startExample(example, {MUSIC_DB_URL: pair.primaryUrl, MUSIC_DB_REPLICA_URLS: pair.replicaUrl});
      // The app's migrations ran on the primary; the replica has the tables once the delay has passed.
      await until('the replica has the migrated tables', () => pair.hasArtistsTable('replica'));
    });

    test.afterAll(async () => {
      await app?.stop();
      await pair?.resume().catch(() => undefined);
    });

    test('find and the query builder read from the replica; raw query(), transactions and a master query runner from the primary', async () => {
      await pair.pause();
      try {
        const name = uniqueName('Alice Coltrane');
        await pair.insert(name);
        const found: Record<string, string[]> = {};
        for (const via of reads) {
          const {status, body} = await read(app!, via, name);
          expect(status, JSON.stringify(body)).toBe(200);
          found[via] = body.names!;
        }
        expect(found).toEqual({find: [], queryBuilder: [], rawQuery: [name], transaction: [name], fromPrimary: [name], fromReplica: []});
        expect(await pair.count('replica', name)).toBe(0);
      } finally {
        await pair.resume();
      }
    });

    test('nestjs-query: GraphQL reads go to the replica, mutations to the primary, and updating a row the replica lacks fails', async () => {
      await pair.pause();
      try {
        const onPrimaryOnly = uniqueName('Pharoah Sanders');
        await pair.insert(onPrimaryOnly);
        const {artists} = await graphqlData(app!.url, artistsNamed, {name: onPrimaryOnly});
        expect(artists).toEqual({totalCount: 0, edges: []});

        const created = uniqueName('Sun Ra');
        const {createOneArtist} = await graphqlData(app!.url, createArtist, {name: created});
        expect(createOneArtist.name).toBe(created);
        expect(await pair.count('primary', created)).toBe(1);
        expect(await pair.count('replica', created)).toBe(0);

        // updateOne looks the row up first, and that lookup is a read: it goes to the replica.
        const update = await graphql(
          app!.url,
          `
            mutation ($id: ID!, $name: String!) {
              updateOneArtist(input: {id: $id, update: {name: $name}}) {
                id
                name
              }
            }
          `,
          {
            id: createOneArtist.id,
            name: `${created} Arkestra`,
          },
        );
        const message = `Unable to find ArtistEntity with id: ${createOneArtist.id}`;
        expect(update.errors?.map((error) => error.message)).toEqual([message]);
        expectGuideToQuote(guide, message.replace(/\d+$/, '{id}'));
        expect(await pair.count('primary', created)).toBe(1);
      } finally {
        await pair.resume();
      }
    });

    test('read-after-write on a lagging replica: the read misses the new row, a read from the primary on purpose finds it', async () => {
      const name = uniqueName('Abbey Lincoln');
      const written = Date.now();
      await graphqlData(app!.url, createArtist, {name});
      const stale = await graphqlData(app!.url, artistsNamed, {name});
      // Still missing on the replica after the read: the read cannot have seen it there.
      expect(await pair.count('replica', name)).toBe(0);
      expect(stale.artists.totalCount).toBe(0);

      expect((await read(app!, 'fromPrimary', name)).body.names).toEqual([name]);
      expect((await read(app!, 'transaction', name)).body.names).toEqual([name]);

      await until('the replica has the row', async () => (await graphqlData(app!.url, artistsNamed, {name})).artists.totalCount === 1);
      console.log(`${server}: the new row reached the replica's reads ${Date.now() - written} ms after the write (replica delay ${delaySeconds} s)`);
      expect((await read(app!, 'find', name)).body.names).toEqual([name]);
    });

    test('a query runner taken for the replica and released goes back to the pool: more reads than the pool has connections all answer', async () => {
      const name = uniqueName('Yusef Lateef');
      await pair.insert(name);
      await until('the replica has the row', async () => (await pair.count('replica', name)) === 1);
      // 10: the default pool size of both pg and mysql2; three times that many reads at once.
      const results = await Promise.all(Array.from({length: 30}, () => read(app!, 'fromReplica', name)));
      expect(results.map(({status, body}) => [status, body.names])).toEqual(Array.from({length: 30}, () => [200, [name]]));
      expect(await pair.appConnections()).toBeLessThanOrEqual(10);
    });

    test("defaultMode 'master': find and GraphQL reads go to the primary, a slave query runner to the replica", async () => {
      const primaryFirst = await startExample(example, {
        MUSIC_DB_URL: pair.primaryUrl,
        MUSIC_DB_REPLICA_URLS: pair.replicaUrl,
        MUSIC_DB_DEFAULT_MODE: 'master',
      });
      await pair.pause();
      try {
        const name = uniqueName('Dorothy Ashby');
        await pair.insert(name);
        expect((await read(primaryFirst, 'find', name)).body.names).toEqual([name]);
        expect((await read(primaryFirst, 'queryBuilder', name)).body.names).toEqual([name]);
        expect((await read(primaryFirst, 'fromReplica', name)).body.names).toEqual([]);
        expect((await graphqlData(primaryFirst.url, artistsNamed, {name})).artists.totalCount).toBe(1);
      } finally {
        await pair.resume();
        await primaryFirst.stop();
      }
    });

    test('the replica goes down: reads that go to it fail, the primary keeps answering; back up, reads work again', async () => {
      const name = uniqueName('Ahmad Jamal');
      await pair.insert(name);
      await until('the replica has the row', async () => (await pair.count('replica', name)) === 1);
      await replicas![server].stopReplica();
      try {
        const down = await graphql(app!.url, artistsNamed, {name});
        const refused = `connect ECONNREFUSED 127.0.0.1:${portOf(pair.replicaUrl)}`;
        expect(down.errors?.map((error) => error.message)).toEqual([refused]);
        expectGuideToQuote(guide, refused.replace(/\d+$/, '{port}'));
        expect((await read(app!, 'find', name)).status).toBe(500);
        // No fallback to the primary for reads, but raw queries and writes still work.
        expect((await read(app!, 'rawQuery', name)).body.names).toEqual([name]);
        expect((await graphql(app!.url, createArtist, {name: uniqueName('Ahmad Jamal')})).errors).toBeUndefined();
        if (server === 'mariadb') {
          // The first failed read already cost the replica its place: mysql2's pool cluster retried
          // its connect up to removeNodeErrorCount (5) times, then removed the node for good.
          const removed = await graphql(app!.url, artistsNamed, {name});
          expect(removed.errors?.map((error) => error.message)).toEqual(['Pool does Not exist.']);
          expectGuideToQuote(guide, 'Pool does Not exist.');
        }
      } finally {
        await replicas![server].startReplica();
      }
      if (server === 'postgres') {
        expect((await graphqlData(app!.url, artistsNamed, {name})).artists.totalCount).toBe(1);
      } else {
        expect((await graphql(app!.url, artistsNamed, {name})).errors?.map((error) => error.message)).toEqual(['Pool does Not exist.']);
      }
    });

    test('a replica URL nothing answers at start stops the start, naming the connection and the replica', async () => {
      const scheme = server === 'postgres' ? 'postgres' : 'mariadb';
      const closed = `${server === 'postgres' ? 'postgres://postgres' : 'mariadb://root'}@127.0.0.1:${await freePort()}/music`;
      const error = await startExample(example, {MUSIC_DB_URL: pair.primaryUrl, MUSIC_DB_REPLICA_URLS: closed}).then(
        async (started) => {
          await started.stop();
          return undefined;
        },
        (failure: Error) => failure,
      );
      // PostgreSQL: TypeORM connects to every replica while it connects. MariaDB: the example's
      // checkReplicas does, since TypeORM's MySQL driver connects on a replica's first read only.
      expect(error?.message).toContain('exited (code 1) before /health answered');
      const line = `Cannot open the "default" connection (${scheme}, ${scheme}://127.0.0.1:${portOf(pair.primaryUrl)}/music, replicas ${scheme}://127.0.0.1:${portOf(closed)}/music). connect ECONNREFUSED 127.0.0.1:${portOf(closed)}`;
      expect(error!.message).toContain(line);
      expectGuideToQuote(guide, line.replaceAll(/:\d+/g, ':{port}'));
    });
  });
}
