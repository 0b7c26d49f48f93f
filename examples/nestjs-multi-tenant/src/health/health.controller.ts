import { Controller, Get } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CATALOGUE_CONNECTION } from '../catalogue/catalogue.constants.js';
import { TenantDataSources } from '../tenancy/tenant-data-sources.js';
import { connectionCheck } from './connection-check.js';

// GET /health: the catalogue connection, and which tenant data sources are
// open right now (least recently used first). It opens no tenant itself:
// a tenant that is down fails that tenant's requests, not the whole app.
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource(CATALOGUE_CONNECTION)
    private readonly catalogue: DataSource,
    private readonly tenantDataSources: TenantDataSources,
  ) {}

  // Ready: the catalogue answers (503 when not). GET /health too.
  @Get(['', 'ready'])
  @HealthCheck()
  ready() {
    return this.health.check([
      () => connectionCheck(this.db, CATALOGUE_CONNECTION, this.catalogue),
      () =>
        this.indicators.check('tenants').up(this.tenantDataSources.status()),
    ]);
  }

  // Live: the process answers; no database, which a restart cannot fix.
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }
}
