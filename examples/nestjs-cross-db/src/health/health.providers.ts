import { FactoryProvider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from '../database/database.constants.js';

export const CHECKED_CONNECTIONS = 'CHECKED_CONNECTIONS';

export type CheckedConnections = [name: string, dataSource: DataSource][];

// #region data-source-token
// A factory provider gets a connection through its token: getDataSourceToken()
// is the default connection's, getDataSourceToken('secret') the other's.
export const checkedConnections: FactoryProvider<CheckedConnections> = {
  provide: CHECKED_CONNECTIONS,
  useFactory: (music: DataSource, secret: DataSource) => [
    [MUSIC_DB_CONNECTION, music],
    [SECRET_DB_CONNECTION, secret],
  ],
  inject: [getDataSourceToken(), getDataSourceToken(SECRET_DB_CONNECTION)],
};
// #endregion data-source-token
