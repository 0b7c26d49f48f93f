// What each guide's playground starts with: its models, their tables and how a "Create" button
// fills a row. The `.env` text comes from the example itself (imported raw by the component),
// and ./presets.spec.ts checks these models against the examples' source.
import {CONNECTION_NAMES, driverOf, type ConnectionName, type ModelKind} from './eloquent';
import {NEST_CONNECTIONS, type NestConnectionName} from './nestjs/connections';
// The tables TypeORM creates from the example's entities (tests/examples/nestjs-tables.spec.ts keeps it current).
import nestjsTables from './nestjs/tables.json';

export type PresetId = 'eloquent-1.1' | 'eloquent-1.0' | 'nestjs-music-secret';
export type RulesetId = 'eloquent' | 'nestjs';
export type {ModelKind};

export type NewRecord = {sql: string; params: (string | number | null)[]} | {document: Record<string, unknown>};

export interface PresetModel {
  name: string;
  kind: ModelKind;
  /** SQL table or Mongo collection. */
  table: string;
  /** Pinned connection in the example (eloquent: `static connectionName`), or null when it has none. */
  connectionName: string | null;
  /** eloquent-orm.js: the connection the constructor passes to `super`, what instances query. */
  constructorConnection?: string | null;
  /** SQLite DDL for SQL models (IF NOT EXISTS). */
  createTable?: string;
  /** Relations to other models of the preset (TypeORM presets only). */
  relations?: {property: string; entity: string}[];
  /** The `n`th record the reader creates through this model. */
  newRecord: (n: number) => NewRecord;
}

export interface PresetConnection {
  name: string;
  kind: ModelKind;
}

export interface Preset {
  id: PresetId;
  ruleset: RulesetId;
  /** Example folder the preset mirrors (for people; the `.env` is imported from it). */
  example: string;
  models: PresetModel[];
  connections: PresetConnection[];
  /** Does the ruleset have a test mode? (eloquent-orm.js: yes; TypeORM: no.) */
  testMode: boolean;
  /**
   * Which tables a new SQL database starts with: every SQL model's (eloquent: as after
   * `migrate:run --all-connections`), or only those of the models on that connection
   * (TypeORM `synchronize`).
   */
  tables: 'all-models' | 'models-on-connection';
}

const eloquentModels: PresetModel[] = [
  {
    name: 'User',
    kind: 'sql',
    table: 'users',
    connectionName: 'mysql',
    constructorConnection: 'mysql',
    createTable: 'CREATE TABLE IF NOT EXISTS users (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(255));',
    newRecord: (n) => ({sql: 'INSERT INTO users (name) VALUES (?);', params: [`User ${n}`]}),
  },
  {
    name: 'GeoLocation',
    kind: 'mongo',
    table: 'geolocations',
    connectionName: 'mongo',
    constructorConnection: 'mongo',
    newRecord: (n) => ({document: {id: n, name: `Place ${n}`}}),
  },
];

const eloquentConnections: PresetConnection[] = CONNECTION_NAMES.map((name: ConnectionName) => ({
  name,
  kind: driverOf(name) === 'mongo' ? 'mongo' : 'sql',
}));

function eloquentPreset(id: PresetId, example: string): Preset {
  return {
    id,
    ruleset: 'eloquent',
    example,
    models: eloquentModels,
    connections: eloquentConnections,
    testMode: true,
    tables: 'all-models',
  };
}

/** The same table, created only when it is not there yet. */
function ifNotExists(ddl: string): string {
  return `${ddl.replace(/^CREATE TABLE /, 'CREATE TABLE IF NOT EXISTS ')};`;
}

const musicEntities: PresetModel[] = [
  {
    name: 'Artist',
    kind: 'sql',
    table: 'artists',
    connectionName: null,
    createTable: ifNotExists(nestjsTables.artists),
    relations: [{property: 'albums', entity: 'Album'}],
    newRecord: (n) => ({sql: 'INSERT INTO artists (name) VALUES (?);', params: [`Artist ${n}`]}),
  },
  {
    name: 'Album',
    kind: 'sql',
    table: 'albums',
    connectionName: null,
    createTable: ifNotExists(nestjsTables.albums),
    relations: [
      {property: 'artist', entity: 'Artist'},
      {property: 'songs', entity: 'Song'},
    ],
    // The newest artist in the same database; none there is an error the reader can see.
    newRecord: (n) => ({
      sql: 'INSERT INTO albums (title, year, artistId) VALUES (?, ?, (SELECT max(id) FROM artists));',
      params: [`Album ${n}`, 1990 + n],
    }),
  },
  {
    name: 'Song',
    kind: 'sql',
    table: 'songs',
    connectionName: null,
    createTable: ifNotExists(nestjsTables.songs),
    relations: [
      {property: 'album', entity: 'Album'},
      {property: 'genre', entity: 'Genre'},
    ],
    newRecord: (n) => ({
      sql: 'INSERT INTO songs (title, albumId, genreId) VALUES (?, (SELECT max(id) FROM albums), (SELECT max(id) FROM genres));',
      params: [`Song ${n}`],
    }),
  },
  {
    name: 'Genre',
    kind: 'sql',
    table: 'genres',
    connectionName: null,
    createTable: ifNotExists(nestjsTables.genres),
    relations: [{property: 'songs', entity: 'Song'}],
    newRecord: (n) => ({sql: 'INSERT INTO genres (name) VALUES (?);', params: [`Genre ${n}`]}),
  },
  {
    name: 'Secret',
    kind: 'sql',
    table: 'secrets',
    connectionName: 'secret',
    createTable: ifNotExists(nestjsTables.secrets),
    newRecord: (n) => ({sql: 'INSERT INTO secrets (name, value) VALUES (?, ?);', params: [`Secret ${n}`, `not-for-the-music-db-${n}`]}),
  },
];

export const PRESETS: Record<PresetId, Preset> = {
  'eloquent-1.1': eloquentPreset('eloquent-1.1', 'eloquent-multi-connection'),
  'eloquent-1.0': eloquentPreset('eloquent-1.0', 'eloquent-multi-connection-1.0'),
  'nestjs-music-secret': {
    id: 'nestjs-music-secret',
    ruleset: 'nestjs',
    example: 'nestjs-multi-db',
    models: musicEntities,
    connections: NEST_CONNECTIONS.map((name: NestConnectionName) => ({name, kind: 'sql' as const})),
    testMode: false,
    tables: 'models-on-connection',
  },
};
