import 'reflect-metadata';
import fs from 'node:fs';
import { DataSource, DataSourceOptions } from 'typeorm';
import databaseConfig from './database.config.js';
import { secretEntities } from './database.entities.js';

// #region data-source
// The "secret" connection for the TypeORM CLI (-d src/database/secret.data-source.ts):
// the options the app gives it, from the same SECRET_DB_URL / SECRET_DB_FILE.
// Like the app's ConfigModule, read .env first (without overriding the shell).
if (fs.existsSync('.env')) process.loadEnvFile('.env');

export default new DataSource({
  ...databaseConfig().dbConnections.secret,
  entities: secretEntities,
} as DataSourceOptions);
// #endregion data-source
