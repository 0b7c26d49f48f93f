// Migrations across instances (docs/nestjs-query/migrations-across-instances.mdx). Two processes
// start on one fresh database at once. So that both really read "nothing applied yet" before
// either applies anything, the test holds a lock on the migrations table until both wait for it.
// Without a lock (MIGRATIONS_LOCK=off: TypeORM's own migrationsRun) one of them fails its first
// start; with the example's migrateWithLock both start and each migration is applied once.
import {expect, test} from '@playwright/test';
import mysql from 'mysql2/promise';
import {stripVTControlCharacters} from 'node:util';
import pg from 'pg';
import {freshDatabase, runServers, type Server, pgActivity} from './ops-support';
import {spawnExample} from '../../../tools/exampleApp.mjs';
import {expectGuideToQuote} from '../support/guides';

const example = 'nestjs-multi-db';
const page = 'docs/nestjs-query/migrations-across-instances.mdx';

/** A connection of the test's own: the migrations table made and locked, the waiting processes counted, the applied migrations read. */
async function gate(server: Server, url: URL) {
  const database = url.pathname.slice(1);
  if (server === 'postgres') {
    const client = new pg.Client({connectionString: url.toString()});
    await client.connect();
    await client.query('CREATE TABLE music_migrations (id SERIAL PRIMARY KEY, "timestamp" bigint NOT NULL, name varchar NOT NULL)');
    await client.query('BEGIN');
    await client.query('LOCK TABLE music_migrations IN ACCESS EXCLUSIVE MODE');
    return {
      waiting: async () => pgActivity(client, `datname = $1 AND wait_event_type = 'Lock'`, [database]),
      open: () => client.query('COMMIT'),
      applied: async () => (await client.query('SELECT name FROM music_migrations ORDER BY id')).rows.map((row) => row.name as string),
      end: () => client.end(),
    };
  }
  const own = new URL(url);
  own.protocol = 'mysql:';
  const connection = await mysql.createConnection(own.toString());
  await connection.query('CREATE TABLE music_migrations (id int AUTO_INCREMENT PRIMARY KEY, `timestamp` bigint NOT NULL, name varchar(255) NOT NULL)');
  await connection.query('LOCK TABLES music_migrations WRITE');
  return {
    waiting: async () => {
      const [rows] = await connection.query(
        `SELECT count(*) AS n FROM information_schema.processlist WHERE db = ? AND (state LIKE 'Waiting for table%lock' OR state = 'User lock')`,
        [database],
      );
      return Number((rows as {n: number}[])[0].n);
    },
    open: async () => void (await connection.query('UNLOCK TABLES')),
    applied: async () => ((await connection.query('SELECT name FROM music_migrations ORDER BY id'))[0] as {name: string}[]).map((row) => row.name),
    end: () => connection.end(),
  };
}

const allMigrations = ['CreateArtistsAndAlbums1767225600000', 'CreateGenresAndSongs1767225700000'];

test.describe(`${example}: migrations across instances`, {tag: '@servers'}, () => {
  for (const {server, url} of runServers()) {
    test(`${server}: two instances with TypeORM's own migrationsRun (MIGRATIONS_LOCK=off) race: one fails on a table the other made`, async () => {
      const database = await freshDatabase(url, 'race');
      const db = await gate(server, database.url);
      const instances = await Promise.all([0, 1].map(() => spawnExample(example, {MUSIC_DB_URL: database.url.toString(), MIGRATIONS_LOCK: 'off'})));
      try {
        await expect(async () => expect(await db.waiting(), instances.map((app) => app.child.output).join('\n')).toBe(2)).toPass({timeout: 150_000});
        await db.open();
        // The loser's start fails; @nestjs/typeorm opens the connection again, and then nothing is pending.
        await Promise.all(instances.map((app) => app.ready()));
        // Without the colours Nest's logger adds.
        const failures = instances.flatMap((app) => stripVTControlCharacters(app.child.output).match(/^.*Migration "\w+" failed, error: .*$/gm) ?? []);
        console.log(`${server}, no lock:\n${failures.join('\n')}`);
        expect(failures).toHaveLength(1);
        const failure = failures[0].match(/(Migration "\w+" failed, error: .*)$/)![1];
        expect(failure).toMatch(
          server === 'postgres'
            ? /^Migration "CreateArtistsAndAlbums1767225600000" failed, error: (relation "artists" already exists|duplicate key value violates unique constraint "pg_(type_typname|class_relname)_nsp_index")$/
            : /^Migration "CreateArtistsAndAlbums1767225600000" failed, error: Table 'artists' already exists$/,
        );
        expectGuideToQuote(page, failure);
        expect(instances.map((app) => app.child.output).join('\n')).toContain('Unable to connect to the database. Retrying (1)...');
        expect(await db.applied()).toEqual(allMigrations);
      } finally {
        for (const app of instances) await app.stop();
        await db.end();
        await database.drop();
      }
    });

    test(`${server}: two app instances with migrateWithLock start at once: both serve, each migration applied once`, async () => {
      const database = await freshDatabase(url, 'locked');
      const db = await gate(server, database.url);
      const instances = await Promise.all([0, 1].map(() => spawnExample(example, {MUSIC_DB_URL: database.url.toString()})));
      try {
        // One holds the migration lock and waits for the table; the other waits for the migration lock.
        await expect(async () => expect(await db.waiting(), instances.map((app) => app.child.output).join('\n')).toBe(2)).toPass({timeout: 150_000});
        await db.open();
        await Promise.all(instances.map((app) => app.ready()));
        expect(await db.applied()).toEqual(allMigrations);
        for (const app of instances) expect(app.child.output).not.toContain('failed');
      } finally {
        for (const app of instances) await app.stop();
        await db.end();
        await database.drop();
      }
    });
  }
});
