import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { ArtistModule } from './artist/artist.module.js';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from './database/database.constants.js';
import { DatabaseOptions } from './database/database.options.js';
import { openConnection } from './database/open-connection.js';
import { HealthModule } from './health/health.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { SecretModule } from './secret/secret.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }), // reads .env too
    // #region connections
    // The same options class for both; `name` sits here, on forRootAsync,
    // next to useClass (or useExisting), never in what the class returns.
    TypeOrmModule.forRootAsync({
      useClass: DatabaseOptions,
      dataSourceFactory: openConnection(MUSIC_DB_CONNECTION),
    }),
    TypeOrmModule.forRootAsync({
      name: SECRET_DB_CONNECTION,
      useClass: DatabaseOptions,
      dataSourceFactory: openConnection(SECRET_DB_CONNECTION),
    }),
    // #endregion connections
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
    }),
    // #region batching
    // nestjs-query's DataLoader options for relation fields. Batching is on
    // by default; RELATION_BATCHING=off turns it off, to compare.
    NestjsQueryGraphQLModule.forRoot({
      dataLoader: { batch: process.env.RELATION_BATCHING !== 'off' },
    }),
    // #endregion batching
    ArtistModule,
    SecretModule,
    OutboxModule,
    HealthModule,
  ],
})
export class AppModule {}
