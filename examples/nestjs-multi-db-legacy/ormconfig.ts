import 'reflect-metadata';
import { ConnectionOptions } from 'typeorm';
import {
  musicEntities,
  secretEntities,
} from './src/database/database.entities';
import databaseConfig from './src/database/database.config';

// #region ormconfig
// Read by the TypeORM 0.2 CLI (it also loads .env first). One entry per
// connection, picked with `-c <name>`: the same options the app gives each
// connection, plus `cli.migrationsDir`, where migration:create and
// migration:generate write that connection's new migrations.
const { music, secret } = databaseConfig().dbConnections;

export default [
  {
    ...music,
    name: 'default',
    entities: musicEntities,
    cli: { migrationsDir: 'src/migrations/music' },
  },
  {
    ...secret,
    name: 'secret',
    entities: secretEntities,
    cli: { migrationsDir: 'src/migrations/secret' },
  },
] as ConnectionOptions[];
// #endregion ormconfig
