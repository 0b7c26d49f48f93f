// The eight connection names eloquent-orm.js defines, and what can be read off a name.
// Source: src/config/database.ts (the `connections` object, lines 24-75 of the newest form).
export const CONNECTION_NAMES = ['mysql', 'mysql_test', 'pg', 'pg_test', 'sqlite', 'sqlite_test', 'mongo', 'mongo_test'] as const;

export type ConnectionName = (typeof CONNECTION_NAMES)[number];
export type Driver = 'mysql' | 'pg' | 'sqlite' | 'mongo';
export type ModelKind = 'sql' | 'mongo';

/** `dbConfig.default`: DB_CONNECTION when set, else `mysql` (database.ts:22). */
export const DEFAULT_CONNECTION: ConnectionName = 'mysql';

/** Test mode without a usable DB_TEST_CONNECTION: the first of these that exists (resolveConnectionName.ts:41). */
export const TEST_FALLBACKS: readonly ConnectionName[] = ['mysql_test', 'pg_test', 'sqlite_test', 'mongo_test', 'mongo'];

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
  /** The model's `static connectionName`: read by the resolver (CLI), never by a running instance. */
  connectionName?: string | null;
  /**
   * The second argument the constructor passes to `super(table, connection)`: what a running
   * instance queries. Null or undefined: the argument is left out and CoreModel's default applies.
   */
  constructorConnection?: string | null;
}
