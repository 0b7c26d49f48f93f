// NOT THE PACKAGE. A small declaration of the documented public API of
// @alpha.consultings/eloquent-orm.js 1.1.x, kept here because the package cannot be installed
// in this project's environment (and loads a native addon that StackBlitz cannot run).
// It lets the guide's models type-check. In your app, `npm install @alpha.consultings/eloquent-orm.js`
// and delete this file.
//
// How it compares with the package (src/core/model/BaseModel.ts, whose constructors take
// `...args: any[]`):
// - Looser than the package at run time: SqlModel accepts every connection name but `mongo`,
//   because the package refuses only that literal name ("SqlModel cannot use the mongo
//   connection."). `mongo_test` passes here and passes the package's constructor too; the package
//   then fails at the model's first query.
// - Stricter than the package's own types: connection arguments are limited to the eight names
//   the package defines, so a typo fails this check instead of the first query. A name computed
//   at run time (the package's generated models pass `process.env.DB_CONNECTION ?? "mysql"`)
//   needs a cast to ConnectionName here.
// - MongoModel needs its connection argument here. The package checks that the connection's
//   driver is mongo ("MongoModel requires a mongo driver connection. Received: ..."). The newest
//   source read gives it no default of its own, so leaving the argument out fails with
//   "Received: mysql" (the base constructor's default); an older form defaulted to mongo.

declare module "@alpha.consultings/eloquent-orm.js" {
  export type ConnectionName =
    "mysql" | "mysql_test" | "pg" | "pg_test" | "sqlite" | "sqlite_test" | "mongo" | "mongo_test";

  export type ColumnType =
    | "increments"
    | "bigint"
    | "uuid"
    | "int"
    | "string"
    | "text"
    | "boolean"
    | "decimal"
    | "float"
    | "json"
    | "timestamp"
    | "timestamps"
    | "softDeletes";

  export interface ColumnOptions {
    primary?: boolean;
    notNull?: boolean;
    unique?: boolean;
    default?: unknown;
    index?: boolean;
  }

  export interface ColumnDefinition {
    type: ColumnType;
    length?: number;
    options?: ColumnOptions;
  }

  export function column(
    type: ColumnType,
    length?: number,
    options?: ColumnOptions,
  ): ColumnDefinition;

  /** Registers models with the ORM; strict mode is on unless `{ strict: false }`. */
  export function registerModels(
    models: Array<abstract new (...args: never[]) => object>,
    options?: { strict?: boolean },
  ): void;
}

declare module "@alpha.consultings/eloquent-orm.js/Model" {
  import type { ColumnDefinition, ConnectionName } from "@alpha.consultings/eloquent-orm.js";

  /** Every name but `mongo`: the package's SqlModel refuses only that one (see the top of this file). */
  export type SqlConnectionName = Exclude<ConnectionName, "mongo">;
  export type MongoConnectionName = Extract<ConnectionName, "mongo" | "mongo_test">;

  /** An instance: its attributes (the package reads and writes them through a proxy), save() and toJSON(). */
  export type ModelInstance<Attrs> = Attrs & {
    save(): Promise<void>;
    toJSON(): Attrs;
  };

  interface Query<T> {
    get(): Promise<T[]>;
    first(): Promise<T | null>;
  }

  /** The statics every model class inherits from the package's BaseModel. */
  interface ModelStatics {
    tableName: string;
    /** The connection the resolver, the CLI and the registry use for this model. */
    connectionName?: string;
    schema: Record<string, ColumnDefinition>;
    create<T>(this: new () => T, attrs: object): Promise<T>;
    find<T>(this: new () => T, id: number | string): Promise<T | null>;
    findOneBy<T>(this: new () => T, column: string, value: unknown): Promise<T | null>;
    findAllBy<T>(this: new () => T, column: string, value: unknown): Promise<T[]>;
    where<T>(this: new () => T, column: string, value: unknown): Query<T>;
    first<T>(this: new () => T): Promise<T | null>;
    updateById(id: number | string, attrs: object): Promise<void>;
    deleteById(id: number | string): Promise<void>;
  }

  // Declared as abstract constructors rather than classes so that `class User extends
  // SqlModel<UserAttrs>` gives instances typed attribute access (user.name) with no extra code.

  /** A model on a SQL connection; refuses the name mongo. The connection defaults to mysql. */
  export const SqlModel: ModelStatics &
    (abstract new <Attrs>(
      tableName: string,
      connection?: SqlConnectionName,
    ) => ModelInstance<Attrs>);

  /** A model on a MongoDB connection; requires a connection whose driver is mongo. */
  export const MongoModel: ModelStatics &
    (abstract new <Attrs>(
      tableName: string,
      connection: MongoConnectionName,
    ) => ModelInstance<Attrs>);
}
