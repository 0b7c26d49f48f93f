import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from '../database/database.constants.js';

export interface ConnectionHealth {
  name: string;
  driver: string;
  database: string;
  state: 'connected' | 'unreachable';
  ok: boolean;
}

@Controller('health')
export class HealthController {
  // #region inject-data-sources
  constructor(
    @InjectDataSource() private readonly musicDataSource: DataSource,
    @InjectDataSource(SECRET_DB_CONNECTION)
    private readonly secretDataSource: DataSource,
  ) {}
  // #endregion inject-data-sources

  @Get()
  async check() {
    const connections = await Promise.all([
      this.describe(MUSIC_DB_CONNECTION, this.musicDataSource),
      this.describe(SECRET_DB_CONNECTION, this.secretDataSource),
    ]);
    const body = {
      status: connections.every((c) => c.ok) ? 'ok' : 'error',
      connections,
    };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }

  private async describe(
    name: string,
    dataSource: DataSource,
  ): Promise<ConnectionHealth> {
    const { options } = dataSource;
    const database =
      options.type === 'sqljs'
        ? (options.location ?? ':memory:')
        : String(dataSource.driver.database ?? options.database ?? '');
    let ok = false;
    try {
      await dataSource.query('SELECT 1');
      ok = true;
    } catch {
      // reported as unreachable below
    }
    return {
      name,
      driver: options.type,
      database,
      state: ok ? 'connected' : 'unreachable',
      ok,
    };
  }
}
