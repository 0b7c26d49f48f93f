// Mistake: two TypeOrmModule.forRoot connections, neither with a name (the
// example's src/sync-app.module.ts with `name` left out of the secret one).
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import databaseConfig from '../src/database/database.config.js';
import {
  musicEntities,
  secretEntities,
} from '../src/database/database.entities.js';
import { HealthModule } from '../src/health/health.module.js';
import { MusicModule } from '../src/music/music.module.js';
import { SecretModule } from '../src/secret/secret.module.js';
import { boot } from './boot.js';

@Module({
  imports: [
    ConfigModule.forRoot({ load: [databaseConfig] }),
    TypeOrmModule.forRoot({
      ...databaseConfig().dbConnections.music,
      entities: musicEntities,
    }),
    TypeOrmModule.forRoot({
      ...databaseConfig().dbConnections.secret,
      entities: secretEntities,
    }), // no name
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
    }),
    MusicModule,
    SecretModule,
    HealthModule,
  ],
})
class AppModule {}

boot(AppModule);
