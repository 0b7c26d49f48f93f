// The connections of the NestJS + TypeORM example (examples/nestjs-multi-db) as plain functions:
// which database each named connection opens, from the environment, and which connection each
// entity lives on (the connection's `entities` list and `forFeature([Entity], name)`; no name
// means TypeORM's `default`). The URL rules and messages are the example's own code
// (src/database/database-url.ts); the variable names are read from its database.config.ts.
import {serverType} from '../../../../examples/nestjs-multi-db/src/database/database-url';
import {parseEnv, type ParsedEnv} from '../dotenv';

export const NEST_CONNECTIONS = ['default', 'secret'] as const;
export type NestConnectionName = (typeof NEST_CONNECTIONS)[number];
export type NestDriver = 'sqljs' | 'postgres' | 'mysql' | 'mariadb';

export type NestConnectionKeys = Record<NestConnectionName, {url: string; file: string}>;

/**
 * The environment keys of each connection, read from the example's database.config.ts
 * (`music: connectionOptions(process.env.MUSIC_DB_URL, process.env.MUSIC_DB_FILE)`, also spread into an
 * object, with or without the connection's name after them) and
 * database.constants.ts (`MUSIC_DB_CONNECTION = 'default'`). Throws when the files no longer
 * have that shape, so a change there cannot leave the playground on old names.
 */
export function connectionKeys(configSource: string, constantsSource: string): NestConnectionKeys {
  const keys: Partial<NestConnectionKeys> = {};
  for (const [, group, url, file] of configSource.matchAll(
    /(\w+): (?:\{\s*\.\.\.)?connectionOptions\(\s*process\.env\.(\w+),\s*process\.env\.(\w+),?\s*(?:'\w+',?\s*)?\)/g,
  )) {
    const name = new RegExp(`export const ${group.toUpperCase()}_DB_CONNECTION = ['"]([^'"]+)['"]`).exec(constantsSource)?.[1];
    if (!name || !isNestConnectionName(name))
      throw new Error(`database.constants.ts has no ${group.toUpperCase()}_DB_CONNECTION naming one of ${NEST_CONNECTIONS.join(', ')}.`);
    keys[name] = {url, file};
  }
  for (const name of NEST_CONNECTIONS) {
    if (!keys[name]) throw new Error(`database.config.ts reads no URL and file variables for the "${name}" connection.`);
  }
  return keys as NestConnectionKeys;
}

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

/** The database of a connection with neither a URL nor a file. */
export const IN_MEMORY = 'in memory';

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

export function nestConnectionTarget(
  env: Record<string, string>,
  connection: NestConnectionName,
  allKeys: NestConnectionKeys,
  lineOf: Record<string, number> = {},
): NestConnectionTarget {
  const keys = allKeys[connection];
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
      database: {value: IN_MEMORY, from: null},
      databaseKey: `sqljs:memory:${connection}`,
      label: `sql.js, ${IN_MEMORY}`,
      error: null,
    };
  }
  const cannotOpen = `the "${connection}" connection cannot open`;
  // In the playground's words, not the browser's ("Failed to construct 'URL'"), and never the URL
  // itself: it may carry a password.
  const variable = `${keys.url}${lineOf[keys.url] ? ` on line ${lineOf[keys.url]}` : ''}`;
  const parsed = urlOrNull(url);
  if (!parsed) {
    return {
      ...unopened(connection, keys.url),
      error: `${variable} is not a URL: write it as scheme://user@host:port/database, with postgres://, mysql:// or mariadb:// (${cannotOpen}).`,
    };
  }
  // The example's own parser: the same scheme check and the same message the app stops with.
  let driver: Exclude<NestDriver, 'sqljs'>;
  try {
    driver = serverType(url);
  } catch (error) {
    return {...unopened(connection, keys.url), error: `${(error as Error).message} (${keys.url}: ${cannotOpen})`};
  }
  let name: string;
  try {
    name = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || '(server default)';
  } catch {
    return {...unopened(connection, keys.url), error: `${variable} has a database name with a broken %-escape (${cannotOpen}).`};
  }
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

function urlOrNull(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function unopened(connection: NestConnectionName, key: string): Omit<NestConnectionTarget, 'error'> {
  // Not the URL itself: it may carry a password.
  return {connection, driver: 'sqljs', database: {value: '(cannot open)', from: key}, databaseKey: `invalid:${connection}`, label: `(cannot open: ${key})`};
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

export function resolveNestConnections({envText, models, keys: allKeys}: {envText: string; models: NestEntity[]; keys: NestConnectionKeys}): NestResolution {
  const env = parseEnv(envText);
  const targets = Object.fromEntries(NEST_CONNECTIONS.map((c) => [c, nestConnectionTarget(env.values, c, allKeys, env.lineOf)])) as Record<
    NestConnectionName,
    NestConnectionTarget
  >;
  const warnings: NestWarning[] = [];

  for (const {line, text} of env.ignoredLines) {
    warnings.push({
      code: 'ignored-line',
      severity: 'warning',
      message: `Line ${line} is not KEY=value; dotenv skips it without a word: ${text.trim().slice(0, 80)}`,
    });
  }
  for (const {key, lines} of env.duplicates) {
    warnings.push({code: 'duplicate-key', severity: 'info', message: `${key} is set on lines ${lines.join(', ')}; dotenv keeps the last one.`});
  }
  for (const connection of NEST_CONNECTIONS) {
    const keys = allKeys[connection];
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
