import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from '../database/database.constants.js';
import { connectionCheck } from './connection-check.js';

@Controller('health')
export class HealthController {
  // #region inject-data-sources
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    @InjectDataSource() private readonly musicDataSource: DataSource,
    @InjectDataSource(SECRET_DB_CONNECTION)
    private readonly secretDataSource: DataSource,
  ) {}
  // #endregion inject-data-sources

  // #region readiness
  // Ready: every connection answers (503 when one does not). GET /health too.
  @Get(['', 'ready'])
  @HealthCheck()
  ready() {
    return this.health.check([
      () => connectionCheck(this.db, MUSIC_DB_CONNECTION, this.musicDataSource),
      () =>
        connectionCheck(this.db, SECRET_DB_CONNECTION, this.secretDataSource),
    ]);
  }
  // #endregion readiness

  // #region liveness
  // Live: the process answers. No database: an orchestrator restarts a
  // container whose liveness fails, and a restart cannot fix a database.
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }
  // #endregion liveness
}
