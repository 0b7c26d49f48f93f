// Mistake: the entity exactly as the original guide showed it, with no
// primary column.
import { Module } from '@nestjs/common';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { Column, Entity } from 'typeorm';
import {
  appModuleWith,
  SECRET_DB_CONNECTION,
  secretConnectionWith,
} from './app-with.js';
import { boot } from './boot.js';

@Entity('secrets')
class SecretEntity {
  @Column()
  name: string;
}

@Module({
  imports: [
    NestjsQueryTypeOrmModule.forFeature([SecretEntity], SECRET_DB_CONNECTION),
  ],
})
class SecretModule {}

boot(
  appModuleWith({
    secretConnection: secretConnectionWith([SecretEntity]),
    secretModule: SecretModule,
  }),
);
