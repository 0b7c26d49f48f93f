// Mistake: with autoLoadEntities, forFeature without the connection name puts
// the entity on the default connection. The app starts; the relay fails.
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ArtistWithSecretsService } from '../src/outbox/artist-with-secrets.service.js';
import { OutboxMessageEntity } from '../src/outbox/outbox-message.entity.js';
import { OutboxResolver } from '../src/outbox/outbox.resolver.js';
import { OutboxRelay } from '../src/outbox/outbox-relay.service.js';
import { ReceivedMessageEntity } from '../src/outbox/received-message.entity.js';
import { appWith, fail } from './app-with.js';

@Module({
  imports: [
    // #region mistake-forfeature
    TypeOrmModule.forFeature([OutboxMessageEntity]),
    TypeOrmModule.forFeature([ReceivedMessageEntity]), // WRONG: no SECRET_DB_CONNECTION
    // #endregion mistake-forfeature
  ],
  providers: [OutboxRelay, ArtistWithSecretsService, OutboxResolver],
})
class OutboxModule {}

(async () => {
  const app = await NestFactory.create(
    await appWith({ outbox: OutboxModule }),
    {
      logger: false,
    },
  );
  await app.init();
  const { delivery } = await app.get(ArtistWithSecretsService).create({
    name: 'Nina Simone',
    secrets: [{ name: 'label', value: 'Colpix' }],
  });
  const music = app.get<DataSource>(getDataSourceToken());
  console.log(`delivery: ${delivery.state}, ${delivery.lastError}`);
  console.log(
    `ReceivedMessageEntity is on the default connection: ${music.hasMetadata(ReceivedMessageEntity)}`,
  );
  await app.close();
  process.exit(delivery.state === 'delivered' ? 0 : 1);
})().catch(fail);
