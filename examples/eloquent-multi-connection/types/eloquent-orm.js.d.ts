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
    | "mysql" | "mysql_test"
    | "pg" | "pg_test"
    | "sqlite" | "sqlite_test"
    | "mongo" | "mongo_test";

  export type ColumnType =
    | "increments" | "bigint" | "uuid" | "int" | "string" | "text" | "boolean"
    | "decimal" | "float" | "json" | "timestamp" | "timestamps" | "softDeletes";

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

  export function column(type: ColumnType, length?: number, options?: ColumnOptions): ColumnDefinition;

  /** Registers models with the ORM; strict mode is on unless `{ strict: false }`. */
  export function registerModels(models: Function[], options?: { strict?: boolean }): void;
}

declare module "@alpha.consultings/eloquent-orm.js/Model" {
  import type { ColumnDefinition, ConnectionName } from "@alpha.consultings/eloquent-orm.js";

  /** Every name but `mongo`: the package's SqlModel refuses only that one (see the top of this file). */
  export type SqlConnectionName = Exclude<ConnectionName, "mongo">;
  export type MongoConnectionName = Extract<ConnectionName, "mongo" | "mongo_test">;

  /** Attribute access on an instance, merged in with `interface User extends ModelInstance<...> {}`. */
  export type ModelInstance<Attrs> = Attrs & {
    save(): Promise<void>;
    toJSON(): Attrs;
  };

  interface Query<T> {
    get(): Promise<T[]>;
    first(): Promise<T | null>;
  }

  abstract class BaseModel<Attrs> {
    static tableName: string;
    /** The connection the resolver, the CLI and the registry use for this model. */
    static connectionName?: string;
    static schema: Record<string, ColumnDefinition>;
    static create<T>(this: new () => T, attrs: object): Promise<T>;
    static find<T>(this: new () => T, id: number | string): Promise<T | null>;
    static findOneBy<T>(this: new () => T, column: string, value: unknown): Promise<T | null>;
    static findAllBy<T>(this: new () => T, column: string, value: unknown): Promise<T[]>;
    static where<T>(this: new () => T, column: string, value: unknown): Query<T>;
    static first<T>(this: new () => T): Promise<T | null>;
    static updateById(id: number | string, attrs: object): Promise<void>;
    static deleteById(id: number | string): Promise<void>;
    protected readonly attributes: Attrs;
  }

  /** A model on a SQL connection; refuses the name mongo. The connection defaults to mysql. */
  export abstract class SqlModel<Attrs> extends BaseModel<Attrs> {
    constructor(tableName: string, connection?: SqlConnectionName);
  }

  /** A model on a MongoDB connection; requires a connection whose driver is mongo. */
  export abstract class MongoModel<Attrs> extends BaseModel<Attrs> {
    constructor(tableName: string, connection: MongoConnectionName);
  }
}
