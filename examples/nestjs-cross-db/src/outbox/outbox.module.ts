import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { ArtistWithSecretsService } from './artist-with-secrets.service.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { OutboxResolver } from './outbox.resolver.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { ReceivedMessageEntity } from './received-message.entity.js';

// #region outbox-module
// One feature module, entities on both connections: with autoLoadEntities,
// each entity joins the connection named in its forFeature call.
@Module({
  imports: [
    TypeOrmModule.forFeature([OutboxMessageEntity]), // default (music)
    TypeOrmModule.forFeature([ReceivedMessageEntity], SECRET_DB_CONNECTION),
  ],
  providers: [OutboxRelay, ArtistWithSecretsService, OutboxResolver],
  exports: [OutboxRelay, ArtistWithSecretsService],
})
export class OutboxModule {}
// #endregion outbox-module
