import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import databaseConfig from './database/database.config.js';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from './database/database.constants.js';
import { musicEntities, secretEntities } from './database/database.entities.js';
import { openConnection } from './database/open-connection.js';
import { HealthModule } from './health/health.module.js';
import { MusicModule } from './music/music.module.js';
import { ReadsModule } from './reads/reads.module.js';
import { SecretModule } from './secret/secret.module.js';

@Module({
  imports: [
    // #region connections
    ConfigModule.forRoot({ load: [databaseConfig] }),
    // No `name`: this is the default connection (MUSIC_DB_CONNECTION).
    // There can be only one.
    TypeOrmModule.forRootAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (configService: ConfigService): TypeOrmModuleOptions => ({
        ...configService.get('dbConnections.music'),
        entities: musicEntities,
      }),
      dataSourceFactory: openConnection(MUSIC_DB_CONNECTION),
    }),
    // #region secret-connection
    TypeOrmModule.forRootAsync({
      // The name goes here, not into the object that useFactory returns.
      name: SECRET_DB_CONNECTION,
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (configService: ConfigService): TypeOrmModuleOptions => ({
        ...configService.get('dbConnections.secret'),
        entities: secretEntities,
      }),
      dataSourceFactory: openConnection(SECRET_DB_CONNECTION),
    }),
    // #endregion secret-connection
    // #endregion connections
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true, // generated from the decorators, kept in memory
    }),
    MusicModule,
    SecretModule,
    HealthModule,
    ReadsModule,
  ],
})
export class AppModule {}
