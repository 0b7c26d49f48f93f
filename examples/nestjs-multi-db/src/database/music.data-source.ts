import 'reflect-metadata';
import fs from 'node:fs';
import { DataSource, DataSourceOptions } from 'typeorm';
import databaseConfig from './database.config.js';
import { musicEntities } from './database.entities.js';

// #region data-source
// The "music" connection for the TypeORM CLI (-d src/database/music.data-source.ts):
// the options the app gives it, from the same MUSIC_DB_URL / MUSIC_DB_FILE.
// Like the app's ConfigModule, read .env first (without overriding the shell).
if (fs.existsSync('.env')) process.loadEnvFile('.env');

export default new DataSource({
  ...databaseConfig().dbConnections.music,
  entities: musicEntities,
} as DataSourceOptions);
// #endregion data-source
