// The example's AppModule with one part swapped for a mistaken one, so each
// mistake program shows what a reader who made it sees.
import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArtistModule } from '../src/artist/artist.module.js';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants.js';
import { DatabaseOptions } from '../src/database/database.options.js';
import { SecretModule } from '../src/secret/secret.module.js';

interface Parts {
  secretConnection?: DynamicModule;
  outbox?: Type<unknown>;
  health?: Type<unknown>;
}

// Imported only when not swapped: a forFeature call registers its entities
// with autoLoadEntities as soon as its module file is loaded, used or not.
export async function appWith(parts: Parts): Promise<Type<unknown>> {
  const outbox =
    parts.outbox ??
    (await import('../src/outbox/outbox.module.js')).OutboxModule;
  const health =
    parts.health ??
    (await import('../src/health/health.module.js')).HealthModule;

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
      outbox,
      health,
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
