// #region open-tenant
import { DataSource, DataSourceOptions } from 'typeorm';
import { TenantEntity } from '../catalogue/tenant.entity';
import {
  databaseOptions,
  describeDatabase,
  makeFolderFor,
  reason,
} from '../database/database-options';
import { tenantEntities, tenantMigrations } from './tenant-schema';

// Opens one tenant's database and brings its schema up to date: pending
// migrations run on open, so a tenant added to the catalogue (or one that
// was closed while a new migration shipped) is current before its first
// query. Errors name the tenant; TypeORM's own do not.
export async function openTenantDataSource(
  tenant: TenantEntity,
): Promise<DataSource> {
  let options: DataSourceOptions | undefined;
  try {
    options = {
      ...databaseOptions(tenant.databaseUrl),
      entities: tenantEntities,
      migrations: tenantMigrations,
      migrationsRun: true,
      synchronize: false,
    } as DataSourceOptions;
    makeFolderFor(options);
    return await new DataSource(options).initialize();
  } catch (error) {
    const where = options ? describeDatabase(options) : 'bad URL';
    throw new Error(
      `Cannot open the database of tenant "${tenant.id}" (${where}). ${reason(error)}`,
      { cause: error },
    );
  }
}
// #endregion open-tenant
