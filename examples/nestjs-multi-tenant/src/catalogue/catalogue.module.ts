import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  describeDatabase,
  makeFolderFor,
  reason,
} from '../database/database-options.js';
import { CATALOGUE_CONNECTION } from './catalogue.constants.js';
import { catalogueOptions } from './catalogue.options.js';
import { CatalogueService } from './catalogue.service.js';
import { TenantEntity } from './tenant.entity.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      // The one place the name goes: @nestjs/typeorm 12 registers the
      // connection's tokens and closes it at shutdown by this name.
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
