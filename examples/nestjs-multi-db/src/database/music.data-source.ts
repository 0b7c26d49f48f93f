import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { musicEntities } from '../app.module';
import databaseConfig from './database.config';

// #region data-source
// The "music" connection for the TypeORM CLI (-d src/database/music.data-source.ts):
// the same options the app gives it, from the same MUSIC_DB_URL / MUSIC_DB_FILE
// (importing app.module has ConfigModule read .env first).
export default new DataSource({
  ...databaseConfig().dbConnections.music,
  entities: musicEntities,
} as DataSourceOptions);
// #endregion data-source
