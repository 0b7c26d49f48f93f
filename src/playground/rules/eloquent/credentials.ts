// Which database each connection points at, computed from the `.env` the way
// src/config/dbRoleEnv.ts does: for every setting a list of keys, the first one set and not
// empty wins, else the package's built-in default.
import {driverOf, isTestConnection, type ConnectionName, type Driver} from './names';
import {SOURCE} from './source';

type Env = Record<string, string>;

export interface ConnectionSetting {
  value: string;
  /** The `.env` key the value came from, or null when the package's built-in default applied. */
  from: string | null;
}

export interface ConnectionTarget {
  connection: ConnectionName;
  driver: Driver;
  /** Database name (MySQL, PostgreSQL, MongoDB) or file path (SQLite). */
  database: ConnectionSetting;
  host?: ConnectionSetting;
  port?: ConnectionSetting;
  user?: ConnectionSetting;
  uri?: ConnectionSetting;
  /** Same key, same database: two connections with one key write into the same place. */
  databaseKey: string;
  /** Short description for people, e.g. `eloquent_app on 127.0.0.1:3306`. */
  label: string;
  /** Every key the package tries for the database setting, in its order. */
  databaseKeys: string[];
  source: string;
}

/** `ELOQUENT_DB_ROLE=migration` (trimmed, any case) picks `*_MIGRATION_*` keys; anything else `*_RUNTIME_*`. */
export function roleKey(env: Env): 'RUNTIME' | 'MIGRATION' {
  return String(env.ELOQUENT_DB_ROLE ?? 'runtime')
    .trim()
    .toLowerCase() === 'migration'
    ? 'MIGRATION'
    : 'RUNTIME';
}

/** pickFirstDefined: the first key whose value is set and not empty. */
function pick(env: Env, keys: string[], fallback: string): ConnectionSetting {
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') return {value, from: key};
  }
  return {value: fallback, from: null};
}

/** pickFirstNumber: the first set key; a value that is not a number gives the default, not the next key. */
function pickNumber(env: Env, keys: string[], fallback: number): ConnectionSetting {
  const picked = pick(env, keys, String(fallback));
  const parsed = Number(picked.value);
  return Number.isFinite(parsed) ? {value: String(parsed), from: picked.from} : {value: String(fallback), from: null};
}

/** `[prefix_ROLE_X, prefix_X, BASE_ROLE_X, BASE_X]`, the order of every four-key setting. */
function four(base: string, prefix: string, role: string, suffix: string): string[] {
  return [`${prefix}_${role}_${suffix}`, `${prefix}_${suffix}`, `${base}_${role}_${suffix}`, `${base}_${suffix}`];
}

/** The database-name keys: the lists differ per driver (MySQL has no final DB_DB_NAME). */
export function databaseKeys(driver: Driver, test: boolean, role: string): string[] {
  const base = {mysql: 'DB', pg: 'PG', sqlite: 'SQLITE', mongo: 'MONGO'}[driver];
  const p = test ? `${base}_TEST` : base;
  if (driver === 'sqlite') return four(base, p, role, 'PATH');
  if (driver === 'mongo') {
    return [
      `${p}_${role}_DB`,
      `${p}_${role}_DATABASE`,
      `${p}_DB`,
      `${p}_DATABASE`,
      `${base}_${role}_DB`,
      `${base}_${role}_DATABASE`,
      `${base}_DB`,
      `${base}_DATABASE`,
    ];
  }
  const keys = [`${p}_${role}_NAME`, `${p}_${role}_DB_NAME`, `${p}_NAME`, `${p}_DB_NAME`, `${base}_${role}_NAME`, `${base}_${role}_DB_NAME`, `${base}_NAME`];
  return driver === 'pg' ? [...keys, 'PG_DB_NAME'] : keys;
}

const SERVER = {
  mysql: {base: 'DB', user: 'root', port: 3306, database: 'eloquentjs', testDatabase: 'db_test', source: SOURCE.mysqlKeys},
  pg: {base: 'PG', user: 'postgres', port: 5432, database: 'test_db', testDatabase: 'db_test_pg', source: SOURCE.pgKeys},
} as const;

export function connectionTarget(env: Env, connection: ConnectionName): ConnectionTarget {
  const driver = driverOf(connection);
  const test = isTestConnection(connection);
  const role = roleKey(env);
  const keys = databaseKeys(driver, test, role);

  if (driver === 'mysql' || driver === 'pg') {
    const d = SERVER[driver];
    const p = test ? `${d.base}_TEST` : d.base;
    const host = pick(env, four(d.base, p, role, 'HOST'), 'localhost');
    const port = pickNumber(env, four(d.base, p, role, 'PORT'), d.port);
    const user = pick(env, four(d.base, p, role, 'USER'), d.user);
    const database = pick(env, keys, test ? d.testDatabase : d.database);
    return {
      connection,
      driver,
      database,
      host,
      port,
      user,
      databaseKey: `${driver}://${host.value}:${port.value}/${database.value}`,
      label: `${database.value} on ${host.value}:${port.value}`,
      databaseKeys: keys,
      source: d.source,
    };
  }

  if (driver === 'sqlite') {
    const database = pick(env, keys, test ? './data.test.sqlite' : './data.sqlite');
    return {
      connection,
      driver,
      database,
      databaseKey: `sqlite:${normalizePath(database.value)}`,
      label: database.value,
      databaseKeys: keys,
      source: SOURCE.sqliteKeys,
    };
  }

  const p = test ? 'MONGO_TEST' : 'MONGO';
  const uri = pick(env, four('MONGO', p, role, 'URI'), 'mongodb://localhost:27017');
  const database = pick(env, keys, test ? 'eloquentjs_db_test' : 'eloquentjs_db');
  return {
    connection,
    driver,
    database,
    uri,
    databaseKey: `mongo:${uri.value.replace(/\/+$/, '')}/${database.value}`,
    label: `${database.value} at ${uri.value}`,
    databaseKeys: keys,
    source: SOURCE.mongoKeys,
  };
}

/** Two spellings of one SQLite file (`./a/../b.sqlite`, `b.sqlite`) are one database. */
function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else segments.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + segments.join('/');
}
