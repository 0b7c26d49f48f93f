import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { connectionCheck } from './connection-check.js';
import {
  CHECKED_CONNECTIONS,
  type CheckedConnections,
} from './health.providers.js';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    @Inject(CHECKED_CONNECTIONS)
    private readonly connections: CheckedConnections,
  ) {}

  // Ready: every connection answers (503 when one does not). GET /health too.
  @Get(['', 'ready'])
  @HealthCheck()
  ready() {
    return this.health.check(
      this.connections.map(
        ([name, dataSource]) =>
          () =>
            connectionCheck(this.db, name, dataSource),
      ),
    );
  }

  // Live: the process answers; no database, which a restart cannot fix.
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }
}
