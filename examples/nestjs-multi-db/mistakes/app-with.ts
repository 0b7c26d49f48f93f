// The example's AppModule wiring (../src/app.module.ts),
// rebuilt here so that one part of it can be swapped for a mistake. Everything
// that is not swapped is the example's own code.
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import databaseConfig from '../src/database/database.config.js';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from '../src/database/database.constants.js';
import {
  musicEntities,
  secretEntities,
} from '../src/database/database.entities.js';
import { openConnection } from '../src/database/open-connection.js';
import { HealthModule } from '../src/health/health.module.js';
import { MusicModule } from '../src/music/music.module.js';
import { SecretModule } from '../src/secret/secret.module.js';

export { musicEntities, secretEntities, SECRET_DB_CONNECTION, openConnection };

export interface Parts {
  /** replaces the TypeOrmModule.forRootAsync of the "secret" connection */
  secretConnection?: DynamicModule;
  /** replaces SecretModule */
  secretModule?: Type<unknown>;
  /** modules added to the app */
  more?: Type<unknown>[];
}

export function secretConnectionWith(entities: Type<unknown>[]): DynamicModule {
  return TypeOrmModule.forRootAsync({
    name: SECRET_DB_CONNECTION,
    imports: [ConfigModule],
    inject: [ConfigService],
    useFactory: (configService: ConfigService): TypeOrmModuleOptions => ({
      ...configService.get('dbConnections.secret'),
      entities,
    }),
    dataSourceFactory: openConnection(SECRET_DB_CONNECTION),
  });
}

export function appModuleWith(parts: Parts): Type<unknown> {
  @Module({
    imports: [
      ConfigModule.forRoot({ load: [databaseConfig] }),
      TypeOrmModule.forRootAsync({
        imports: [ConfigModule],
        inject: [ConfigService],
        useFactory: (configService: ConfigService): TypeOrmModuleOptions => ({
          ...configService.get('dbConnections.music'),
          entities: musicEntities,
        }),
        dataSourceFactory: openConnection(MUSIC_DB_CONNECTION),
      }),
      parts.secretConnection ?? secretConnectionWith(secretEntities),
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
      }),
      MusicModule,
      parts.secretModule ?? SecretModule,
      HealthModule,
      ...(parts.more ?? []),
    ],
  })
  class AppModule {}
  return AppModule;
}
