// The connections of the NestJS + TypeORM example (examples/nestjs-multi-db) as plain functions:
// which database each named connection opens, from the environment
// (src/database/database.config.ts), and which connection each entity lives on (the connection's
// `entities` list and `forFeature([Entity], name)`; no name means TypeORM's `default`).
import {parseEnv, type ParsedEnv} from './dotenv';

export const NEST_CONNECTIONS = ['default', 'secret'] as const;
export type NestConnectionName = (typeof NEST_CONNECTIONS)[number];
export type NestDriver = 'sqljs' | 'postgres' | 'mysql' | 'mariadb';

/** Environment keys of each connection, as the example reads them. */
export const NEST_CONNECTION_KEYS: Record<NestConnectionName, {url: string; file: string}> = {
  default: {url: 'MUSIC_DB_URL', file: 'MUSIC_DB_FILE'},
  secret: {url: 'SECRET_DB_URL', file: 'SECRET_DB_FILE'},
};

export function isNestConnectionName(name: string): name is NestConnectionName {
  return (NEST_CONNECTIONS as readonly string[]).includes(name);
}

export interface NestEntity {
  /** Short name, e.g. `Album` (the class is `AlbumEntity`). */
  name: string;
  /** The connection it is registered on; empty means no name, i.e. `default`. */
  connectionName?: string | null;
  /** Relation properties and the entity each points to. */
  relations?: {property: string; entity: string}[];
}

export interface NestConnectionTarget {
  connection: NestConnectionName;
  driver: NestDriver;
  /** Database name, SQLite file, or `in memory`; `from` is the key it came from. */
  database: {value: string; from: string | null};
  /** Same key, same database. */
  databaseKey: string;
  label: string;
  /** Set when the connection cannot open: the app does not start. */
  error: string | null;
}

export function nestConnectionTarget(env: Record<string, string>, connection: NestConnectionName): NestConnectionTarget {
  const keys = NEST_CONNECTION_KEYS[connection];
  const url = env[keys.url];
  const file = env[keys.file];
  if (!url) {
    if (file) {
      return {
        connection,
        driver: 'sqljs',
        database: {value: file, from: keys.file},
        databaseKey: `sqljs:file:${file.replace(/^\.\//, '')}`,
        label: `sql.js file ${file}`,
        error: null,
      };
    }
    return {
      connection,
      driver: 'sqljs',
      database: {value: 'in memory', from: null},
      databaseKey: `sqljs:memory:${connection}`,
      label: 'sql.js, in memory',
      error: null,
    };
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {...unopened(connection, url, keys.url), error: `TypeError: Invalid URL in ${keys.url}: the "${connection}" connection cannot open.`};
  }
  const drivers: Record<string, Exclude<NestDriver, 'sqljs'> | undefined> = {
    'postgres:': 'postgres',
    'postgresql:': 'postgres',
    'mysql:': 'mysql',
    'mariadb:': 'mariadb',
  };
  const driver = drivers[parsed.protocol];
  if (!driver) {
    return {
      ...unopened(connection, url, keys.url),
      error: `Unsupported database URL scheme "${parsed.protocol}" (use postgres://, mysql:// or mariadb://): the "${connection}" connection cannot open.`,
    };
  }
  const name = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(server default)';
  // The password never goes into a label or key.
  return {
    connection,
    driver,
    database: {value: name, from: keys.url},
    databaseKey: `${driver === 'mariadb' ? 'mysql' : driver}://${parsed.host}/${name}`,
    label: `${name} on ${parsed.host}`,
    error: null,
  };
}

function unopened(connection: NestConnectionName, url: string, key: string): Omit<NestConnectionTarget, 'error'> {
  return {connection, driver: 'sqljs', database: {value: url, from: key}, databaseKey: `invalid:${connection}`, label: `(cannot open: ${key})`};
}

export interface NestRoute {
  model: string;
  connection: NestConnectionName;
  reason: 'pinned' | 'default';
  explanation: string;
  target: NestConnectionTarget;
  error: string | null;
}

export interface NestWarning {
  code: 'connection-error' | 'unknown-connection' | 'cross-connection-relation' | 'shared-database' | 'url-and-file' | 'ignored-line' | 'duplicate-key';
  severity: 'error' | 'warning' | 'info';
  message: string;
  model?: string;
  connection?: NestConnectionName;
}

export interface NestResolution {
  env: ParsedEnv;
  targets: Record<NestConnectionName, NestConnectionTarget>;
  routes: NestRoute[];
  warnings: NestWarning[];
}

export function resolveNestConnections({envText, models}: {envText: string; models: NestEntity[]}): NestResolution {
  const env = parseEnv(envText);
  const targets = Object.fromEntries(NEST_CONNECTIONS.map((c) => [c, nestConnectionTarget(env.values, c)])) as Record<
    NestConnectionName,
    NestConnectionTarget
  >;
  const warnings: NestWarning[] = [];

  for (const {line, text} of env.ignoredLines) {
    warnings.push({code: 'ignored-line', severity: 'warning', message: `Line ${line} is not KEY=value; dotenv skips it without a word: ${text.trim().slice(0, 80)}`});
  }
  for (const {key, lines} of env.duplicates) {
    warnings.push({code: 'duplicate-key', severity: 'info', message: `${key} is set on lines ${lines.join(', ')}; dotenv keeps the last one.`});
  }
  for (const connection of NEST_CONNECTIONS) {
    const keys = NEST_CONNECTION_KEYS[connection];
    const target = targets[connection];
    if (target.error) warnings.push({code: 'connection-error', severity: 'error', connection, message: `${target.error} The app does not start.`});
    if (env.values[keys.url] && env.values[keys.file]) {
      warnings.push({code: 'url-and-file', severity: 'info', connection, message: `${keys.url} is set, so ${keys.file} is not used.`});
    }
  }
  if (!targets.default.error && targets.default.databaseKey === targets.secret.databaseKey) {
    warnings.push({
      code: 'shared-database',
      severity: 'warning',
      message: `default and secret point at the same database (${targets.default.label}): the secrets are stored with the music data.`,
    });
  }

  const connectionOf = new Map<string, NestConnectionName>();
  const routes = models.map((model): NestRoute => {
    const pin = model.connectionName || '';
    if (pin && !isNestConnectionName(pin)) {
      warnings.push({
        code: 'unknown-connection',
        severity: 'error',
        model: model.name,
        message: `${model.name}Entity is registered on "${pin}", which is not a connection here (${NEST_CONNECTIONS.join(', ')}): Nest cannot resolve the "${pin}DataSource" dependency.`,
      });
    }
    const connection: NestConnectionName = pin && isNestConnectionName(pin) ? pin : 'default';
    connectionOf.set(model.name, connection);
    const target = targets[connection];
    return {
      model: model.name,
      connection,
      reason: pin ? 'pinned' : 'default',
      explanation: pin
        ? `forFeature([${model.name}Entity], '${pin}'), and in that connection's entities.`
        : `forFeature([${model.name}Entity]) with no connection name: TypeORM's default connection.`,
      target,
      error: target.error || (pin && !isNestConnectionName(pin) ? `No connection named "${pin}".` : null),
    };
  });

  for (const model of models) {
    const from = connectionOf.get(model.name)!;
    for (const relation of model.relations ?? []) {
      const to = connectionOf.get(relation.entity);
      if (to === undefined || to === from) continue;
      const message = `${model.name}Entity (on ${from}) has a relation to ${relation.entity}Entity (on ${to}). Relations cannot cross connections: TypeORM stops with "Entity metadata for ${model.name}Entity#${relation.property} was not found" and the app does not start.`;
      warnings.push({code: 'cross-connection-relation', severity: 'error', model: model.name, message});
      const route = routes.find((r) => r.model === model.name)!;
      route.error ??= message;
    }
  }

  return {env, targets, routes, warnings};
}
