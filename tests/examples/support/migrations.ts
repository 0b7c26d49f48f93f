// Running an example's migration scripts the way a reader does (`npm run migration:...` in its
// folder), on databases of the test's own, and the few facts that differ between the two lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {openServer, openSqlJsFile, type DatabaseInspector, type Role} from './databases';
import {exampleDir, run, type Run} from '../../../tools/exampleApp.mjs';

export interface MigrationExample {
  name: string;
  guide: string;
  /** the arguments after `npm run migration:generate:<connection> --` for a migration called `name` */
  generateArgs(connection: Role, name: string): string[];
  /** what migration:generate prints when there is nothing to generate */
  nothingToGenerate: string;
  /**
   * On two servers, also with the connections swapped. The older lines take the one placement
   * that puts music (its foreign keys) on MariaDB; the matrix runs both connections' migrations
   * on each server through their e2e suites.
   */
  swapped: boolean;
}

export const migrationExamples: MigrationExample[] = [
  {
    name: 'nestjs-multi-db',
    guide: 'docs/nestjs-query/migrations.mdx',
    generateArgs: (connection, name) => [`src/migrations/${connection}/${name}`],
    nothingToGenerate: 'No changes in database schema were found - cannot generate a migration.',
    swapped: true,
  },
  {
    name: 'nestjs-multi-db-nest11',
    guide: 'nestjs-query_versioned_docs/version-9.x-nest11/migrations.mdx',
    generateArgs: (connection, name) => [`src/migrations/${connection}/${name}`],
    nothingToGenerate: 'No changes in database schema were found - cannot generate a migration.',
    swapped: false,
  },
  {
    name: 'nestjs-multi-db-legacy',
    guide: 'nestjs-query_versioned_docs/version-0.30.x/migrations.mdx',
    generateArgs: (_connection, name) => [name],
    nothingToGenerate: 'No changes in database schema were found - cannot generate a migration.',
    swapped: false,
  },
];

/** The migrations each connection's folder holds, oldest first. */
export const shippedMigrations: Record<Role, string[]> = {
  music: ['CreateArtistsAndAlbums1767225600000', 'CreateGenresAndSongs1767225700000'],
  secret: ['CreateSecrets1767225600000'],
};
export const ownTables: Record<Role, string[]> = {
  music: ['albums', 'artists', 'genres', 'music_migrations', 'songs'],
  secret: ['secret_migrations', 'secrets'],
};

/** Where a connection goes: sql.js, or a server URL (from MUSIC_DB_URL / SECRET_DB_URL). */
export type Placement = {label: string; url?: string};

const driverOf = (url?: string) => (url ? new URL(url).protocol.replace(/:$/, '').replace('postgresql', 'postgres') : 'sqljs');

/**
 * The placements to test: sql.js for both connections, or, with server URLs in the environment,
 * every server for each connection (PostgreSQL + MariaDB: music on each, secret on the other;
 * without `swapped`, music on MariaDB only).
 */
export function placements(swapped = true): {music: Placement; secret: Placement}[] {
  const urls = [process.env.MUSIC_DB_URL, process.env.SECRET_DB_URL];
  if (!urls.some(Boolean)) return [{music: {label: 'sqljs'}, secret: {label: 'sqljs'}}];
  const [a, b] = urls.map((url) => ({label: driverOf(url), url}));
  // With sql.js on one side (a mixed setup), the servers' other pass already has each server
  // for each connection: the environment's own order is enough.
  if (a.label === b.label || a.label === 'sqljs' || b.label === 'sqljs') return [{music: a, secret: b}];
  const both = [
    {music: a, secret: b},
    {music: b, secret: a},
  ];
  return swapped ? both : [both.find(({music}) => music.label === 'mariadb') ?? both[0]];
}

let counter = 0;

/** A fresh database for `role` at `placement`, and the variables that point the example at it. */
export async function freshDatabase(role: Role, placement: Placement, label: string): Promise<DatabaseInspector> {
  const unique = `${label}_${process.pid}_${++counter}`.replace(/[^a-zA-Z0-9]+/g, '_').toLowerCase();
  if (!placement.url) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    return openSqlJsFile(role, path.join(folder, `${role}_${unique}.sqlite`));
  }
  return openServer(role, placement.url, unique);
}

/** The example's own folder, or a copy of it (src and config files; node_modules linked) to change. */
export function copyOfExample(example: string): string {
  const source = exampleDir(example);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `${example}-copy-`));
  for (const entry of ['src', 'test', 'package.json', 'tsconfig.json', 'ormconfig.ts', 'vitest.config.ts', 'vitest.config.e2e.ts']) {
    if (fs.existsSync(path.join(source, entry))) fs.cpSync(path.join(source, entry), path.join(copy, entry), {recursive: true});
  }
  fs.symlinkSync(path.join(source, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

/** `npm run <script> [-- args]` in `dir`, with only the given contract variables set. */
export function npmRun(dir: string, script: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  return run(dir, 'npm', ['run', script, ...(args.length ? ['--', ...args] : [])], env);
}

/**
 * The tables the migrations made and the migrations table, sorted. Left out: SQLite's own
 * (sqlite_sequence) and TypeORM 0.2's typeorm_metadata, which its migration:run creates, empty,
 * on PostgreSQL 12 and later (schema-builder/RdbmsSchemaBuilder.js, createMetadataTableIfNecessary).
 */
export async function tablesOf(database: DatabaseInspector): Promise<string[]> {
  return (await database.tables()).filter((name) => !name.startsWith('sqlite_') && name !== 'typeorm_metadata').sort();
}
