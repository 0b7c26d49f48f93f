import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  describeDatabase,
  makeFolderFor,
  reason,
} from '../database/database-options';
import { CATALOGUE_CONNECTION } from './catalogue.constants';
import { catalogueOptions } from './catalogue.options';
import { CatalogueService } from './catalogue.service';
import { TenantEntity } from './tenant.entity';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      name: CATALOGUE_CONNECTION,
      useFactory: catalogueOptions,
      // Says which database failed; TypeORM's own errors do not.
      dataSourceFactory: async (options) => {
        try {
          makeFolderFor(options!);
          return await new DataSource(options!).initialize();
        } catch (error) {
          const where = describeDatabase(options!);
          throw new Error(
            `Cannot open the catalogue database (${where}). ${reason(error)}`,
            { cause: error },
          );
        }
      },
    }),
    TypeOrmModule.forFeature([TenantEntity], CATALOGUE_CONNECTION),
  ],
  providers: [CatalogueService],
  exports: [CatalogueService, TypeOrmModule],
})
export class CatalogueModule {}
