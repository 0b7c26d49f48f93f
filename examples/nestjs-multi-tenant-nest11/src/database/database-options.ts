// #region database-options
import fs from 'node:fs';
import path from 'node:path';
import { DataSourceOptions } from 'typeorm';

// One database URL in, TypeORM options out; the catalogue and every tenant
// use it. `sqljs:<file>` is an embedded sql.js database (SQLite compiled to
// WebAssembly, so it also runs in StackBlitz) kept in that file under
// TENANT_FILES_DIR; postgres://, mysql:// and mariadb:// point at a server.
export function databaseOptions(url: string): DataSourceOptions {
  const scheme = url.slice(0, url.indexOf(':') + 1);
  // Each open data source holds a pool of this many connections, and so does
  // the catalogue on a server: the server must allow
  // (TENANT_DATA_SOURCE_LIMIT + 1) x TENANT_POOL_SIZE of them per instance.
  const pool = { poolSize: poolSizeFromEnvironment() };
  switch (scheme) {
    case 'sqljs:':
      return {
        type: 'sqljs',
        location: path.resolve(filesDir(), url.slice('sqljs:'.length)),
        autoSave: true,
      };
    case 'postgres:':
    case 'postgresql:':
      return { type: 'postgres', url, connectTimeoutMS: 5000, ...pool };
    case 'mysql:':
    case 'mariadb:':
      return {
        type: scheme === 'mysql:' ? 'mysql' : 'mariadb',
        url,
        connectorPackage: 'mysql2',
        connectTimeout: 5000,
        ...pool,
      };
    default:
      throw new Error(
        `Unsupported database URL "${scheme}...": ` +
          'use sqljs:<file>, postgres://, mysql:// or mariadb://',
      );
  }
}
export function poolSizeFromEnvironment(): number {
  return wholeNumberFromEnvironment('TENANT_POOL_SIZE', 2);
}

// A setting that must be a whole number of 1 or more; anything else stops
// the app with a message that names the variable.
export function wholeNumberFromEnvironment(name: string, fallback: number) {
  const value = process.env[name] ?? String(fallback);
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(
      `${name} must be a whole number of 1 or more, not "${value}"`,
    );
  }
  return Number(value);
}

export function filesDir(): string {
  return path.resolve(process.env.TENANT_FILES_DIR ?? 'data');
}
// #endregion database-options

// TypeORM's sqljs driver writes its file but does not make the folder.
export function makeFolderFor(options: DataSourceOptions): void {
  if (options.type === 'sqljs' && options.location) {
    fs.mkdirSync(path.dirname(options.location), { recursive: true });
  }
}

// "sqljs, /app/data/acme.sqlite" or "postgres, postgres://127.0.0.1:5432/acme":
// everything but the user name and password, for messages and /health.
export function describeDatabase(options: DataSourceOptions): string {
  if (options.type === 'sqljs') {
    return `sqljs, ${options.location ?? 'in memory'}`;
  }
  if ('url' in options && options.url) {
    const { protocol, host, pathname } = new URL(options.url);
    return `${options.type}, ${protocol}//${host}${pathname}`;
  }
  return options.type;
}

// "connect ECONNREFUSED ...", or "MissingPrimaryColumnError: ..." for
// TypeORM's own errors.
export function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'Error') return error.message;
  return `${error.name}: ${error.message}`;
}
