// Mistake: two TypeOrmModule.forRoot connections, neither with a name (the
// example's src/sync-app.module.ts with `name` left out of the secret one).
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import databaseConfig from '../src/database/database.config';
import {
  musicEntities,
  secretEntities,
} from '../src/database/database.entities';
import { HealthModule } from '../src/health/health.module';
import { MusicModule } from '../src/music/music.module';
import { SecretModule } from '../src/secret/secret.module';
import { boot } from './boot';

// The example's secret options carry their name (for app.close()): leave it out here.
function secretWithoutName() {
  const { name, ...options } = databaseConfig().dbConnections.secret;
  return options;
}

@Module({
  imports: [
    ConfigModule.forRoot({ load: [databaseConfig] }),
    TypeOrmModule.forRoot({
      ...databaseConfig().dbConnections.music,
      entities: musicEntities,
    }),
    TypeOrmModule.forRoot({ ...secretWithoutName(), entities: secretEntities }), // no name
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
