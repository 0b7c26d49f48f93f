import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectConnection } from '@nestjs/typeorm';
import { Connection } from 'typeorm';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from '../database/database.constants';

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
    @InjectConnection() private readonly musicConnection: Connection,
    @InjectConnection(SECRET_DB_CONNECTION)
    private readonly secretConnection: Connection,
  ) {}
  // #endregion inject-data-sources

  @Get()
  async check() {
    const connections = await Promise.all([
      this.describe(MUSIC_DB_CONNECTION, this.musicConnection),
      this.describe(SECRET_DB_CONNECTION, this.secretConnection),
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
    connection: Connection,
  ): Promise<ConnectionHealth> {
    const { options } = connection;
    const database =
      options.type === 'sqljs'
        ? (options.location ?? ':memory:')
        : String(connection.driver.database ?? options.database ?? '');
    let ok = false;
    try {
      await connection.query('SELECT 1');
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
