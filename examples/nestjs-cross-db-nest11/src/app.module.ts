import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { ArtistModule } from './artist/artist.module';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from './database/database.constants';
import { DatabaseOptions } from './database/database.options';
import { openConnection } from './database/open-connection';
import { HealthModule } from './health/health.module';
import { OutboxModule } from './outbox/outbox.module';
import { SecretModule } from './secret/secret.module';

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
