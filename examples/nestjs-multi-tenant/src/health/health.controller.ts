import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CATALOGUE_CONNECTION } from '../catalogue/catalogue.constants.js';
import { TenantDataSources } from '../tenancy/tenant-data-sources.js';

// GET /health: the catalogue connection, and which tenant data sources are
// open right now (least recently used first). It opens no tenant itself.
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource(CATALOGUE_CONNECTION)
    private readonly catalogue: DataSource,
    private readonly tenantDataSources: TenantDataSources,
  ) {}

  @Get()
  async check() {
    const { options } = this.catalogue;
    let ok = false;
    try {
      await this.catalogue.query('SELECT 1');
      ok = true;
    } catch {
      // reported as unreachable below
    }
    const catalogue = {
      name: CATALOGUE_CONNECTION,
      driver: options.type,
      database:
        options.type === 'sqljs'
          ? (options.location ?? ':memory:')
          : String(this.catalogue.driver.database ?? ''),
      state: ok ? 'connected' : 'unreachable',
      ok,
    };
    const body = {
      status: ok ? 'ok' : 'error',
      connections: [catalogue],
      tenants: this.tenantDataSources.status(),
    };
    if (!ok) throw new ServiceUnavailableException(body);
    return body;
  }
}
