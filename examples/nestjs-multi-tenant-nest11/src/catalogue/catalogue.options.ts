// #region catalogue-options
import { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { databaseOptions } from '../database/database-options';
import { catalogueMigrations } from '../migrations/catalogue';
import { CATALOGUE_CONNECTION } from './catalogue.constants';
import { TenantEntity } from './tenant.entity';

// The catalogue is an ordinary static connection, opened at start: in memory
// by default (filled from tenants.json), CATALOGUE_DB_FILE keeps it in a
// sql.js file, CATALOGUE_DB_URL moves it to a server.
export function catalogueOptions(): TypeOrmModuleOptions {
  const url = process.env.CATALOGUE_DB_URL;
  const file = process.env.CATALOGUE_DB_FILE;
  const database = url
    ? databaseOptions(url)
    : { type: 'sqljs' as const, location: file, autoSave: Boolean(file) };
  return {
    ...database,
    // Also on forRootAsync. @nestjs/typeorm 11 finds the data source to
    // close at shutdown by the name in these options: without it, it looks
    // for the default connection and the catalogue stays open.
    name: CATALOGUE_CONNECTION,
    entities: [TenantEntity],
    migrations: catalogueMigrations,
    migrationsRun: true,
    // 2 attempts, 1 s apart (@nestjs/typeorm's default: 9, 3 s apart).
    retryAttempts: 2,
    retryDelay: 1000,
  };
}
// #endregion catalogue-options
