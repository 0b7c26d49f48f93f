import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ArtistEntity } from '../artist/artist.entity.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { CreateArtistWithSecretsInput } from './outbox.types.js';
import { OutboxRelay } from './outbox-relay.service.js';

@Injectable()
export class ArtistWithSecretsService {
  constructor(
    @InjectDataSource() private readonly musicDataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {}

  async create(input: CreateArtistWithSecretsInput) {
    const { artist, message } = await this.record(input);
    // #region deliver-now
    // Committed in the music database: the artist, and the message that its
    // secrets are due. Deliver at once; if that fails the message waits for
    // the next run (deliverOutbox, or the next start).
    const delivery = await this.relay.deliver(message);
    // #endregion deliver-now
    return { artist, delivery };
  }

  // #region record
  /** One transaction on one database: the artist and its outbox message. */
  record(input: CreateArtistWithSecretsInput) {
    return this.musicDataSource.transaction(async (manager) => {
      const artist = await manager.save(
        manager.create(ArtistEntity, { name: input.name }),
      );
      const message = await manager.save(
        manager.create(OutboxMessageEntity, {
          topic: 'secrets.add',
          payload: JSON.stringify({
            artistId: artist.id,
            secrets: input.secrets,
          }),
        }),
      );
      return { artist, message };
    });
  }
  // #endregion record
}
