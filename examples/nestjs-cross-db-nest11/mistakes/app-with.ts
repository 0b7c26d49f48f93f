// The example's AppModule with one part swapped for a mistaken one, so each
// mistake program shows what a reader who made it sees.
import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArtistModule } from '../src/artist/artist.module';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants';
import { DatabaseOptions } from '../src/database/database.options';
import { SecretModule } from '../src/secret/secret.module';

interface Parts {
  secretConnection?: DynamicModule;
  outbox?: Type<unknown>;
  health?: Type<unknown>;
}

// Loaded only when not swapped: a forFeature call registers its entities with
// autoLoadEntities as soon as its module file is loaded, used or not. A static
// import would load them always, and import() would make appWith async.
/* eslint-disable @typescript-eslint/no-require-imports -- a synchronous load on demand needs require */
const outboxModule = () => require('../src/outbox/outbox.module').OutboxModule;
const healthModule = () => require('../src/health/health.module').HealthModule;
/* eslint-enable @typescript-eslint/no-require-imports */

export function appWith(parts: Parts): Type<unknown> {
  @Module({
    imports: [
      ConfigModule.forRoot({ isGlobal: true }),
      TypeOrmModule.forRootAsync({ useClass: DatabaseOptions }),
      parts.secretConnection ??
        TypeOrmModule.forRootAsync({
          name: SECRET_DB_CONNECTION,
          useClass: DatabaseOptions,
        }),
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
      }),
      ArtistModule,
      SecretModule,
      parts.outbox ?? outboxModule(),
      parts.health ?? healthModule(),
    ],
  })
  class AppModule {}
  return AppModule;
}

/** Prints what went wrong the way Nest does, and exits 1. */
export function fail(error: unknown): never {
  console.error(
    error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  );
  process.exit(1);
}
