// NOT THE PACKAGE. A small declaration of the documented public API of
// @alpha.consultings/eloquent-orm.js 1.1.x, kept here because the package cannot be installed
// in this project's environment (and loads a native addon that StackBlitz cannot run).
// It lets the guide's models type-check. In your app, `npm install @alpha.consultings/eloquent-orm.js`
// and delete this file. Connection names are narrowed to the eight the package defines, and
// SqlModel/MongoModel to the drivers they accept, so a typo or a wrong driver fails the check
// here the way it fails at run time in the package.

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

  export type SqlConnectionName = Exclude<ConnectionName, "mongo" | "mongo_test">;
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

  /** A model on a SQL connection (mysql, pg, sqlite or their _test twins); refuses mongo. */
  export abstract class SqlModel<Attrs> extends BaseModel<Attrs> {
    constructor(tableName: string, connection?: SqlConnectionName);
  }

  /** A model on a MongoDB connection; requires a connection whose driver is mongo. */
  export abstract class MongoModel<Attrs> extends BaseModel<Attrs> {
    constructor(tableName: string, connection: MongoConnectionName);
  }
}
