// #region tenancy-module
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module.js';
import {
  poolSizeFromEnvironment,
  wholeNumberFromEnvironment,
} from '../database/database-options.js';
import { openTenantDataSource } from './open-tenant-data-source.js';
import { TenantContext } from './tenant-context.js';
import { TenantDataSources } from './tenant-data-sources.js';
import { TenantMiddleware } from './tenant.middleware.js';

// Everything here is a singleton: one registry of tenant data sources for
// the whole app, one context that says which tenant a call belongs to.
@Module({
  imports: [CatalogueModule],
  providers: [
    TenantContext,
    {
      provide: TenantDataSources,
      useFactory: () => {
        poolSizeFromEnvironment(); // checked at start, used when a tenant opens
        const limit = wholeNumberFromEnvironment(
          'TENANT_DATA_SOURCE_LIMIT',
          10,
        );
        const waitTimeoutMs = wholeNumberFromEnvironment(
          'TENANT_WAIT_TIMEOUT_MS',
          10_000,
        );
        return new TenantDataSources(
          limit,
          openTenantDataSource,
          waitTimeoutMs,
        );
      },
    },
    TenantMiddleware,
  ],
  exports: [TenantContext, TenantDataSources],
})
export class TenancyModule implements NestModule {
  configure(consumer: MiddlewareConsumer) {
    consumer.apply(TenantMiddleware).forRoutes('graphql');
  }
}

// #endregion tenancy-module
