import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModuleOptions, TypeOrmOptionsFactory } from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from './database.constants';
import { queryCounterFor } from './query-counter';

// #region options-factory
// One class gives the options of both connections. With `useClass` (or
// `useExisting`), @nestjs/typeorm calls createTypeOrmOptions with the `name`
// given to forRootAsync, so the class can tell the connections apart. It
// cannot rename one (the tokens were made from forRootAsync's `name`), but
// it must hand the name back: @nestjs/typeorm looks the connection up by the
// returned options' name when the app closes.
@Injectable()
export class DatabaseOptions implements TypeOrmOptionsFactory {
  constructor(private readonly config: ConfigService) {}

  createTypeOrmOptions(connectionName = 'default'): TypeOrmModuleOptions {
    const role = connectionName === SECRET_DB_CONNECTION ? 'SECRET' : 'MUSIC';
    return {
      ...connectionOptions(
        this.config.get(`${role}_DB_URL`),
        this.config.get(`${role}_DB_FILE`),
      ),
      // Every entity registered with forFeature(..., connectionName) joins
      // this connection: no entity list to keep in step.
      autoLoadEntities: true,
      logger: queryCounterFor(connectionName),
      name: connectionName,
    };
  }
}
// #endregion options-factory

// #region timeouts
// How long a PostgreSQL statement waits for a row lock, and a query for a
// free pooled connection, before it fails. Both wait forever by default: a
// transaction that waits for a write outside of it never ends.
export const LOCK_TIMEOUT_MS = 3000;
export const POOL_WAIT_MS = 3000;
// #endregion timeouts

// No URL: an embedded sql.js database (in memory, or in a file). A URL moves
// the connection to a PostgreSQL, MySQL or MariaDB server.
function connectionOptions(url?: string, file?: string): TypeOrmModuleOptions {
  const common = {
    synchronize: true, // creates the tables at start: fine for an example
    retryAttempts: 2,
    retryDelay: 1000,
  };
  if (!url) {
    return {
      ...common,
      type: 'sqljs',
      location: file,
      autoSave: Boolean(file),
    };
  }
  const scheme = new URL(url).protocol;
  switch (scheme) {
    case 'postgres:':
    case 'postgresql:':
      return {
        ...common,
        type: 'postgres',
        url,
        // #region postgres-timeouts
        extra: {
          lock_timeout: LOCK_TIMEOUT_MS, // SET lock_timeout on each connection
          connectionTimeoutMillis: POOL_WAIT_MS, // pg's pool: wait for a client
        },
        // #endregion postgres-timeouts
      };
    case 'mysql:':
      return { ...common, type: 'mysql', url, connectorPackage: 'mysql2' };
    case 'mariadb:':
      return { ...common, type: 'mariadb', url, connectorPackage: 'mysql2' };
    default:
      throw new Error(
        `Unsupported database URL "${scheme}//...": ` +
          'use postgres://, mysql:// or mariadb://',
      );
  }
}
