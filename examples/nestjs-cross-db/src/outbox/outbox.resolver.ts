import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';
import { ArtistWithSecretsService } from './artist-with-secrets.service.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import {
  ArtistWithSecretsDTO,
  CreateArtistWithSecretsInput,
  OutboxMessageDTO,
} from './outbox.types.js';
import { OutboxRelay } from './outbox-relay.service.js';

@Resolver()
export class OutboxResolver {
  constructor(
    private readonly artistsWithSecrets: ArtistWithSecretsService,
    private readonly relay: OutboxRelay,
    @InjectEntityManager() private readonly music: EntityManager,
  ) {}

  @Mutation(() => ArtistWithSecretsDTO, {
    description:
      'An artist (music database) with its secrets (secret database), through the outbox.',
  })
  createArtistWithSecrets(@Args('input') input: CreateArtistWithSecretsInput) {
    return this.artistsWithSecrets.create(input);
  }

  @Mutation(() => [OutboxMessageDTO], {
    description:
      'Delivers the pending outbox messages now; returns them with their new state.',
  })
  deliverOutbox() {
    return this.relay.deliverPending();
  }

  @Query(() => [OutboxMessageDTO])
  outboxMessages() {
    return this.music.find(OutboxMessageEntity, { order: { id: 'ASC' } });
  }
}
