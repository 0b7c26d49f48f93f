// Mistake: two TypeOrmModule.forRoot connections, neither with a name (the
// example's src/sync-app.module.ts with `name` left out of the secret one).
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import databaseConfig from '../src/database/database.config';
import { musicEntities, secretEntities } from '../src/database/database.entities';
import { HealthModule } from '../src/health/health.module';
import { MusicModule } from '../src/music/music.module';
import { SecretModule } from '../src/secret/secret.module';
import { boot } from './boot';

@Module({
  imports: [
    ConfigModule.forRoot({ load: [databaseConfig] }),
    TypeOrmModule.forRoot({ ...databaseConfig().dbConnections.music, entities: musicEntities }),
    TypeOrmModule.forRoot({ ...databaseConfig().dbConnections.secret, entities: secretEntities }), // no name
    GraphQLModule.forRoot({ autoSchemaFile: true }),
    MusicModule,
    SecretModule,
    HealthModule,
  ],
})
class AppModule {}

boot(AppModule);
