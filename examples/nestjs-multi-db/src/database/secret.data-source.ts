import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { secretEntities } from '../app.module';
import databaseConfig from './database.config';

// #region data-source
// The "secret" connection for the TypeORM CLI (-d src/database/secret.data-source.ts):
// the same options the app gives it, from the same SECRET_DB_URL / SECRET_DB_FILE
// (importing app.module has ConfigModule read .env first).
export default new DataSource({
  ...databaseConfig().dbConnections.secret,
  entities: secretEntities,
} as DataSourceOptions);
// #endregion data-source
