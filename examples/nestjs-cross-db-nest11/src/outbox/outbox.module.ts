import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants';
import { ArtistWithSecretsService } from './artist-with-secrets.service';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxResolver } from './outbox.resolver';
import { OutboxRelay } from './outbox-relay.service';
import { ReceivedMessageEntity } from './received-message.entity';

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
