import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { CatalogueModule } from './catalogue/catalogue.module.js';
import { HealthModule } from './health/health.module.js';
import { NoteModule } from './note/note.module.js';
import { TenancyModule } from './tenancy/tenancy.module.js';

// #region app-module
// One static connection (the catalogue); tenant databases are opened at run
// time by TenancyModule, so no TypeOrmModule.forRoot names them.
@Module({
  imports: [
    CatalogueModule,
    TenancyModule,
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true, // generated from the decorators, kept in memory
    }),
    NoteModule,
    HealthModule,
  ],
})
export class AppModule {}
// #endregion app-module
