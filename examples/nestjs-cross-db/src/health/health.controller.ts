import {
  Controller,
  Get,
  Inject,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { queryCounterFor } from '../database/query-counter.js';
import {
  CHECKED_CONNECTIONS,
  type CheckedConnections,
} from './health.providers.js';

@Controller('health')
export class HealthController {
  constructor(
    @Inject(CHECKED_CONNECTIONS)
    private readonly connections: CheckedConnections,
  ) {}

  @Get()
  async check() {
    const connections = await Promise.all(
      this.connections.map(([name, dataSource]) =>
        this.describe(name, dataSource),
      ),
    );
    const body = {
      status: connections.every((c) => c.ok) ? 'ok' : 'error',
      connections,
    };
    if (body.status !== 'ok') throw new ServiceUnavailableException(body);
    return body;
  }

  private async describe(name: string, dataSource: DataSource) {
    const { options } = dataSource;
    const database =
      options.type === 'sqljs'
        ? (options.location ?? ':memory:')
        : String(dataSource.driver.database ?? options.database ?? '');
    // Read before the check below, which is a query too.
    const queries = queryCounterFor(name).queries;
    const ok = await dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return {
      name,
      driver: options.type,
      database,
      state: ok ? 'connected' : 'unreachable',
      ok,
      // SQL statements this connection has sent since the start
      queries,
    };
  }
}
