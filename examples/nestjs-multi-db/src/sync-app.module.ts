import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import databaseConfig from './database/database.config.js';
import { SECRET_DB_CONNECTION } from './database/database.constants.js';
import { musicEntities, secretEntities } from './database/database.entities.js';
import { HealthModule } from './health/health.module.js';
import { MusicModule } from './music/music.module.js';
import { SecretModule } from './secret/secret.module.js';

// The same app as app.module.ts, with the connections registered by the
// synchronous TypeOrmModule.forRoot. To run it, bootstrap SyncAppModule
// instead of AppModule in main.ts.

@Module({
  imports: [
    // #region connections-for-root
    // First: it copies .env into process.env at once, before the options
    // below are read from there.
    ConfigModule.forRoot({ load: [databaseConfig] }),
    // No `name`: this is the default connection (MUSIC_DB_CONNECTION).
    TypeOrmModule.forRoot({
      ...databaseConfig().dbConnections.music,
      entities: musicEntities,
    }),
    // The name goes into the options, next to the connection's settings.
    TypeOrmModule.forRoot({
      ...databaseConfig().dbConnections.secret,
      name: SECRET_DB_CONNECTION,
      entities: secretEntities,
    }),
    // #endregion connections-for-root
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true, // generated from the decorators, kept in memory
    }),
    MusicModule,
    SecretModule,
    HealthModule,
  ],
})
export class SyncAppModule {}
