// How eloquent-orm.js (1.0.x and 1.1.x) picks a connection, as plain functions over `.env` text.
// Modelled on the package's source (MetalDz/Eloquent-ORM.js): src/config/database.ts,
// src/config/dbRoleEnv.ts, src/core/connection/resolveConnectionName.ts and
// src/cli/utils/resolveConnectionFlags.ts; see /work/shared/research/eloquent-orm-contract.md.
// No React here: the playground and the unit tests both use these rules.
import {parseEnv, type ParsedEnv} from './dotenv';

export const CONNECTION_NAMES = [
  'mysql',
  'mysql_test',
  'pg',
  'pg_test',
  'sqlite',
  'sqlite_test',
  'mongo',
  'mongo_test',
] as const;

export type ConnectionName = (typeof CONNECTION_NAMES)[number];
export type Driver = 'mysql' | 'pg' | 'sqlite' | 'mongo';
export type ModelKind = 'sql' | 'mongo';

/** Used when DB_CONNECTION is unset, empty or not a connection name. */
export const DEFAULT_CONNECTION: ConnectionName = 'mysql';
/** Test mode without a usable DB_TEST_CONNECTION: the first test connection that exists. */
export const DEFAULT_TEST_CONNECTION: ConnectionName = 'mysql_test';

export function isConnectionName(name: string): name is ConnectionName {
  return (CONNECTION_NAMES as readonly string[]).includes(name);
}

export function driverOf(connection: ConnectionName): Driver {
  return connection.replace(/_test$/, '') as Driver;
}

export function isTestConnection(connection: ConnectionName): boolean {
  return connection.endsWith('_test');
}

export interface ModelDefinition {
  /** Class name, e.g. `User`. */
  name: string;
  /** `sql` for a `SqlModel`, `mongo` for a `MongoModel`. */
  kind: ModelKind;
  /** The model's `static connectionName`, when it pins one. */
  connectionName?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Credentials: which database a connection points at (src/config/dbRoleEnv.ts)
// ---------------------------------------------------------------------------------------------

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
}

type Env = Record<string, string>;

/** `ELOQUENT_DB_ROLE=migration` makes `*_MIGRATION_*` keys win; anything else is `runtime`. */
function roleKey(env: Env): 'RUNTIME' | 'MIGRATION' {
  return (env.ELOQUENT_DB_ROLE ?? 'runtime').trim().toLowerCase() === 'migration' ? 'MIGRATION' : 'RUNTIME';
}

/** First key whose value is set and not empty, as `pickFirstDefined` does. */
function pick(env: Env, keys: string[], fallback: string): ConnectionSetting {
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== '') return {value, from: key};
  }
  return {value: fallback, from: null};
}

/** A numeric setting that is not a number falls back to the default, as `pickFirstNumber` does. */
function pickNumber(env: Env, keys: string[], fallback: number): ConnectionSetting {
  const picked = pick(env, keys, String(fallback));
  return Number.isFinite(Number(picked.value)) ? {value: String(Number(picked.value)), from: picked.from} : {value: String(fallback), from: null};
}

/** Keys tried for one setting, most specific first: test role key, test key, role key, key. */
function chain(base: string, test: boolean, role: string, suffixes: string[]): string[] {
  const prefix = test ? `${base}_TEST` : base;
  const keys: string[] = [];
  for (const suffix of suffixes) keys.push(`${prefix}_${role}_${suffix}`);
  for (const suffix of suffixes) keys.push(`${prefix}_${suffix}`);
  for (const suffix of suffixes) keys.push(`${base}_${role}_${suffix}`);
  for (const suffix of suffixes) keys.push(`${base}_${suffix}`);
  return [...new Set(keys)];
}

const SERVER_DEFAULTS = {
  mysql: {base: 'DB', user: 'root', port: 3306, database: 'eloquentjs', testDatabase: 'db_test'},
  pg: {base: 'PG', user: 'postgres', port: 5432, database: 'test_db', testDatabase: 'db_test_pg'},
} as const;

export function connectionTarget(env: Env, connection: ConnectionName): ConnectionTarget {
  const driver = driverOf(connection);
  const test = isTestConnection(connection);
  const role = roleKey(env);

  if (driver === 'mysql' || driver === 'pg') {
    const d = SERVER_DEFAULTS[driver];
    const host = pick(env, chain(d.base, test, role, ['HOST']), 'localhost');
    const port = pickNumber(env, chain(d.base, test, role, ['PORT']), d.port);
    const user = pick(env, chain(d.base, test, role, ['USER']), d.user);
    const database = pick(env, chain(d.base, test, role, ['NAME', 'DB_NAME']), test ? d.testDatabase : d.database);
    return {
      connection,
      driver,
      database,
      host,
      port,
      user,
      databaseKey: `${driver}://${host.value}:${port.value}/${database.value}`,
      label: `${database.value} on ${host.value}:${port.value}`,
    };
  }

  if (driver === 'sqlite') {
    const database = pick(env, chain('SQLITE', test, role, ['PATH']), test ? './data.test.sqlite' : './data.sqlite');
    return {
      connection,
      driver,
      database,
      databaseKey: `sqlite:${normalizePath(database.value)}`,
      label: database.value,
    };
  }

  // MongoDB: MONGO_URI / MONGO_DB, and MONGO_TEST_URI / MONGO_TEST_DB for the test twin, which
  // fall back to the runtime keys like every other test key.
  const uri = pick(env, test ? ['MONGO_TEST_URI', 'MONGO_URI'] : ['MONGO_URI'], 'mongodb://localhost:27017');
  const database = pick(env, test ? ['MONGO_TEST_DB', 'MONGO_DB'] : ['MONGO_DB'], 'eloquentjs_db');
  return {
    connection,
    driver,
    database,
    uri,
    databaseKey: `mongo:${uri.value.replace(/\/+$/, '')}/${database.value}`,
    label: `${database.value} at ${uri.value}`,
  };
}

function normalizePath(path: string): string {
  const segments: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..' && segments.length > 0 && segments[segments.length - 1] !== '..') segments.pop();
    else segments.push(part);
  }
  return (path.startsWith('/') ? '/' : '') + segments.join('/');
}

// ---------------------------------------------------------------------------------------------
// Which connection a model uses (src/core/connection/resolveConnectionName.ts)
// ---------------------------------------------------------------------------------------------

export type RouteReason = 'pinned' | 'DB_CONNECTION' | 'DB_TEST_CONNECTION' | 'default';

export interface ConnectionChoice {
  connection: ConnectionName;
  reason: RouteReason;
  /** One sentence for the reader: why this connection. */
  explanation: string;
}

/**
 * The resolver: in normal mode the model's pin, else DB_CONNECTION, else `mysql`; a name that is
 * not a connection falls back to `mysql`. In test mode (explicit, never from NODE_ENV) a pin to a
 * `_test` or Mongo connection is kept, else a valid DB_TEST_CONNECTION, else `mysql_test`.
 */
export function chooseConnection(env: Env, model: Pick<ModelDefinition, 'connectionName'> | undefined, testMode: boolean): ConnectionChoice {
  const pin = model?.connectionName || '';
  if (testMode) {
    if (pin && isConnectionName(pin) && (isTestConnection(pin) || driverOf(pin) === 'mongo')) {
      return {
        connection: pin,
        reason: 'pinned',
        explanation: isTestConnection(pin)
          ? `Pinned to ${pin}; test mode keeps a pin to a _test connection.`
          : `Pinned to ${pin}; test mode keeps a pin to a Mongo connection.`,
      };
    }
    const ignoredPin = pin ? ` The pin ${pin} is ignored in test mode (not a _test or Mongo connection).` : '';
    const selector = env.DB_TEST_CONNECTION;
    if (selector && isConnectionName(selector)) {
      return {connection: selector, reason: 'DB_TEST_CONNECTION', explanation: `Test mode: DB_TEST_CONNECTION=${selector}.${ignoredPin}`};
    }
    const why = selector ? `DB_TEST_CONNECTION=${selector} is not a connection` : 'DB_TEST_CONNECTION is not set';
    return {
      connection: DEFAULT_TEST_CONNECTION,
      reason: 'default',
      explanation: `Test mode: ${why}, so the first test connection, ${DEFAULT_TEST_CONNECTION}.${ignoredPin}`,
    };
  }

  const selector = env.DB_CONNECTION;
  const name = pin || selector || DEFAULT_CONNECTION;
  if (!isConnectionName(name)) {
    const source = pin ? `The pin "${pin}"` : `DB_CONNECTION=${selector}`;
    return {
      connection: DEFAULT_CONNECTION,
      reason: 'default',
      explanation: `${source} is not a connection: the resolver warns and falls back to ${DEFAULT_CONNECTION}.`,
    };
  }
  if (pin) return {connection: name, reason: 'pinned', explanation: `static connectionName = "${pin}".`};
  if (selector) return {connection: name, reason: 'DB_CONNECTION', explanation: `Not pinned: DB_CONNECTION=${selector}.`};
  return {connection: name, reason: 'default', explanation: `Not pinned and DB_CONNECTION is not set: ${DEFAULT_CONNECTION}.`};
}

// ---------------------------------------------------------------------------------------------
// Everything a reader should see for one `.env`, a set of models and a mode
// ---------------------------------------------------------------------------------------------

export type WarningCode =
  | 'invalid-selector'
  | 'ignored-key'
  | 'test-key-fallback'
  | 'shared-database'
  | 'model-driver-mismatch'
  | 'invalid-pin'
  | 'mongo-pin-in-test'
  | 'node-env'
  | 'ignored-line'
  | 'duplicate-key';

export interface Warning {
  code: WarningCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
  key?: string;
  model?: string;
  connection?: ConnectionName;
}

export interface ModelRoute extends ConnectionChoice {
  model: string;
  kind: ModelKind;
  target: ConnectionTarget;
  /** Set when the model cannot work on that connection: creating a record fails with this. */
  error: string | null;
}

export interface Resolution {
  env: ParsedEnv;
  testMode: boolean;
  /** What a model without a pin uses in the current mode. */
  unpinned: ConnectionChoice;
  targets: Record<ConnectionName, ConnectionTarget>;
  routes: ModelRoute[];
  warnings: Warning[];
}

export interface ResolveInput {
  envText: string;
  models: ModelDefinition[];
  testMode: boolean;
}

const SELECTOR_KEYS = ['DB_CONNECTION', 'DB_TEST_CONNECTION'];

export function resolveConnections({envText, models, testMode}: ResolveInput): Resolution {
  const env = parseEnv(envText);
  const values = env.values;
  const targets = Object.fromEntries(CONNECTION_NAMES.map((c) => [c, connectionTarget(values, c)])) as Record<
    ConnectionName,
    ConnectionTarget
  >;
  const warnings: Warning[] = [];

  for (const {line, text} of env.ignoredLines) {
    warnings.push({
      code: 'ignored-line',
      severity: 'warning',
      message: `Line ${line} is not KEY=value; dotenv skips it without a word: ${text.trim().slice(0, 80)}`,
    });
  }
  for (const {key, lines} of env.duplicates) {
    warnings.push({
      code: 'duplicate-key',
      severity: SELECTOR_KEYS.includes(key) ? 'warning' : 'info',
      key,
      message: `${key} is set on lines ${lines.join(', ')}; dotenv keeps the last one (${JSON.stringify(values[key])}).`,
    });
  }

  for (const key of SELECTOR_KEYS) {
    const value = values[key];
    if (!value || isConnectionName(value)) continue;
    const fallback = key === 'DB_CONNECTION' ? DEFAULT_CONNECTION : DEFAULT_TEST_CONNECTION;
    const split = /[,;\s]/.test(value.trim())
      ? ' It holds one connection name and is not split into several. Pin connectionName on the models that need another connection.'
      : '';
    const how =
      key === 'DB_CONNECTION'
        ? `the resolver warns "Invalid connection" and falls back to ${fallback}`
        : `in test mode the resolver ignores it and uses ${fallback}`;
    warnings.push({
      code: 'invalid-selector',
      severity: 'error',
      key,
      message: `${key}=${value} is not a connection name (${CONNECTION_NAMES.join(', ')}): ${how}.${split}`,
    });
  }

  for (const key of Object.keys(values)) {
    if (SELECTOR_KEYS.includes(key) || !/(^|_)CONNECTIONS?$/.test(key)) continue;
    warnings.push({
      code: 'ignored-key',
      severity: 'warning',
      key,
      message: `${key} is not read by the package: it is ignored. Only DB_CONNECTION and DB_TEST_CONNECTION select connections; pin connectionName on a model to use another one.`,
    });
  }

  const fellBack = new Set<string>();
  for (const connection of CONNECTION_NAMES.filter(isTestConnection)) {
    const target = targets[connection];
    const runtime = targets[driverOf(connection)];
    const from = target.database.from;
    if (from === null || /_TEST_/.test(from)) continue;
    fellBack.add([runtime.connection, connection].join());
    const same = target.databaseKey === runtime.databaseKey ? `, the same database as ${runtime.connection}` : '';
    warnings.push({
      code: 'test-key-fallback',
      severity: 'warning',
      connection,
      message: `${connection} has no test ${target.driver === 'sqlite' ? 'path' : 'database'} key, so it falls back to ${from}: tests would use ${target.database.value}${same}.`,
    });
  }
  for (let i = 0; i < CONNECTION_NAMES.length; i++) {
    for (let j = i + 1; j < CONNECTION_NAMES.length; j++) {
      const [a, b] = [CONNECTION_NAMES[i], CONNECTION_NAMES[j]];
      if (targets[a].databaseKey !== targets[b].databaseKey || fellBack.has([a, b].join())) continue;
      // Only the reader's own keys are worth a warning, not two built-in defaults.
      if (targets[a].database.from === null && targets[b].database.from === null) continue;
      warnings.push({
        code: 'shared-database',
        severity: isTestConnection(a) !== isTestConnection(b) ? 'warning' : 'info',
        connection: b,
        message: `${a} and ${b} point at the same database (${targets[a].label}): rows written through one show up in the other.`,
      });
    }
  }

  if ((values.NODE_ENV ?? '').trim().toLowerCase() === 'test' && !testMode) {
    warnings.push({
      code: 'node-env',
      severity: 'info',
      key: 'NODE_ENV',
      message: 'NODE_ENV=test does not switch to the test connections: test mode is explicit (the CLI --test flag or { test: true }).',
    });
  }

  const routes = models.map((model): ModelRoute => {
    const pin = model.connectionName || '';
    if (pin && !isConnectionName(pin)) {
      warnings.push({
        code: 'invalid-pin',
        severity: 'error',
        model: model.name,
        message: `${model.name} pins "${pin}", which is not a connection name.`,
      });
    }
    const choice = chooseConnection(values, model, testMode);
    const target = targets[choice.connection];
    const error = driverMismatch(model, choice.connection);
    if (error) warnings.push({code: 'model-driver-mismatch', severity: 'error', model: model.name, connection: choice.connection, message: error});
    if (testMode && choice.reason === 'pinned' && target.driver === 'mongo' && !isTestConnection(choice.connection)) {
      warnings.push({
        code: 'mongo-pin-in-test',
        severity: 'warning',
        model: model.name,
        connection: choice.connection,
        message: `${model.name} is pinned to ${choice.connection}, and test mode keeps pins to Mongo connections: test writes go to ${target.label}, not to mongo_test.`,
      });
    }
    return {model: model.name, kind: model.kind, ...choice, target, error};
  });

  return {env, testMode, unpinned: chooseConnection(values, undefined, testMode), targets, routes, warnings};
}

/** SqlModel refuses Mongo connections; MongoModel requires a connection whose driver is mongo. */
export function driverMismatch(model: Pick<ModelDefinition, 'name' | 'kind'>, connection: ConnectionName): string | null {
  const driver = driverOf(connection);
  if (model.kind === 'sql' && driver === 'mongo') {
    return `${model.name} is a SqlModel but resolves to ${connection}: SqlModel refuses Mongo connections, so ${model.name}.create() fails.`;
  }
  if (model.kind === 'mongo' && driver !== 'mongo') {
    return `${model.name} is a MongoModel but resolves to ${connection} (${driver}): MongoModel requires a Mongo connection, so ${model.name}.create() fails.`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// CLI targeting: migrate:run and db:seed (src/cli/utils/resolveConnectionFlags.ts)
// ---------------------------------------------------------------------------------------------

export const CLI_COMMANDS = ['migrate:run', 'db:seed'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export interface CliTarget {
  connection: ConnectionName;
  target: ConnectionTarget;
  /** Set when the command reaches the connection but does nothing there. */
  note?: string;
}

export type CliPlan =
  | {
      ok: true;
      command: CliCommand;
      test: boolean;
      /** How the connections were chosen. */
      via: 'all-connections' | 'flag' | 'resolver';
      targets: CliTarget[];
      explanation: string;
    }
  | {ok: false; command?: CliCommand; error: string};

const DRIVER_FLAGS = ['mysql', 'pg', 'sqlite', 'mongo'] as const;

/** Options each command accepts (commander rejects any other `--option`). */
const COMMAND_OPTIONS: Record<CliCommand, {flags: string[]; withValue: string[]; positional: number}> = {
  'migrate:run': {
    flags: ['--test', '--mysql', '--pg', '--sqlite', '--mongo', '--all-connections', '--all-migrations', '--pivot-separate'],
    withValue: [],
    positional: 1, // [model]
  },
  'db:seed': {
    flags: ['--test', '--mysql', '--pg', '--sqlite', '--mongo', '--all-connections', '--silent', '--no-hooks'],
    withValue: ['--class'],
    positional: 0,
  },
};

/** Plan `eloquent migrate:run|db:seed [flags]` against a `.env`: the connections it runs on, or its error. */
export function planCliCommand(commandLine: string, envText: string): CliPlan {
  const words = splitWords(commandLine);
  while (words.length > 0 && ['npx', 'eloquent', 'pnpm', 'yarn', 'exec'].includes(words[0])) words.shift();
  const command = words.shift();
  if (command === undefined) return {ok: false, error: 'Type a command, e.g. eloquent db:seed --mongo --class GeoLocationSeeder.'};
  if (!(CLI_COMMANDS as readonly string[]).includes(command)) {
    return {ok: false, error: `This planner knows ${CLI_COMMANDS.join(' and ')}; "${command}" is not one of them.`};
  }
  const cmd = command as CliCommand;
  const spec = COMMAND_OPTIONS[cmd];
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const [name, inline] = word.split(/=(.*)/s, 2);
    if (spec.withValue.includes(name)) {
      if (inline === undefined && (i + 1 >= words.length || words[i + 1].startsWith('-'))) {
        return {ok: false, command: cmd, error: `error: option '${name} <name>' argument missing`};
      }
      if (inline === undefined) i++;
      continue;
    }
    if (word.startsWith('-')) {
      if (!spec.flags.includes(word)) return {ok: false, command: cmd, error: `error: unknown option '${word}'`};
      flags.add(word);
      continue;
    }
    positional.push(word);
  }
  if (positional.length > spec.positional) {
    return {ok: false, command: cmd, error: `error: too many arguments for '${cmd}'. Expected ${spec.positional} argument${spec.positional === 1 ? '' : 's'} but got ${positional.length}.`};
  }

  const env = parseEnv(envText).values;
  const test = flags.has('--test');
  const toTarget = (connection: ConnectionName): CliTarget => {
    const note =
      cmd === 'migrate:run' && driverOf(connection) === 'mongo'
        ? `migrate:run skips ${connection}: it is not SQL-based (use db:seed for Mongo).`
        : undefined;
    return {connection, target: connectionTarget(env, connection), ...(note ? {note} : {})};
  };
  const twin = (driver: Driver): ConnectionName => (test ? `${driver}_test` : driver) as ConnectionName;

  if (flags.has('--all-connections')) {
    const targets = (['mysql', 'pg', 'sqlite'] as const).map(twin).map(toTarget);
    return {
      ok: true,
      command: cmd,
      test,
      via: 'all-connections',
      targets,
      explanation: `--all-connections is SQL-only: ${targets.map((t) => t.connection).join(', ')}. Mongo is reached only with --mongo.`,
    };
  }
  const chosen = DRIVER_FLAGS.filter((driver) => flags.has(`--${driver}`));
  if (chosen.length > 1) {
    return {ok: false, command: cmd, error: 'Choose only one explicit connection flag or use --all-connections.'};
  }
  if (chosen.length === 1) {
    const connection = twin(chosen[0]);
    return {
      ok: true,
      command: cmd,
      test,
      via: 'flag',
      targets: [toTarget(connection)],
      explanation: `--${chosen[0]}${test ? ' with --test' : ''} targets ${connection}.`,
    };
  }
  const choice = chooseConnection(env, undefined, test);
  return {
    ok: true,
    command: cmd,
    test,
    via: 'resolver',
    targets: [toTarget(choice.connection)],
    explanation: `No connection flag: the resolver decides. ${choice.explanation}`,
  };
}

/** Shell-like words: whitespace separated, single or double quotes group. */
function splitWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of line.trim().replace(/^\$\s+/, '').matchAll(pattern)) words.push(match[1] ?? match[2] ?? match[3]);
  return words;
}
