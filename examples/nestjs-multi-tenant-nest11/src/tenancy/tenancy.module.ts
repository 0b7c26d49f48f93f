// #region tenancy-module
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { openTenantDataSource } from './open-tenant-data-source';
import { TenantContext } from './tenant-context';
import { TenantDataSources } from './tenant-data-sources';
import { TenantMiddleware } from './tenant.middleware';

// Everything here is a singleton: one registry of tenant data sources for
// the whole app, one context that says which tenant a call belongs to.
@Module({
  imports: [CatalogueModule],
  providers: [
    TenantContext,
    {
      provide: TenantDataSources,
      useFactory: () =>
        new TenantDataSources(limitFromEnvironment(), openTenantDataSource),
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

function limitFromEnvironment(): number {
  const value = process.env.TENANT_DATA_SOURCE_LIMIT ?? '10';
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(
      `TENANT_DATA_SOURCE_LIMIT must be a whole number of 1 or more, not "${value}"`,
    );
  }
  return Number(value);
}
// #endregion tenancy-module
