import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { SecretBatchService } from './secret-batch.service.js';
import { SecretDTO } from './secret.dto.js';
import { SecretEntity } from './secret.entity.js';
import { SecretResolver } from './secret.resolver.js';
import { SecretQueryService } from './secret.service.js';

// #region secret-feature
// forFeature with the connection name: SecretEntity's repository is made on
// the secret connection, and (autoLoadEntities) the entity joins it.
const secretFeature = NestjsQueryTypeOrmModule.forFeature(
  [SecretEntity],
  SECRET_DB_CONNECTION,
);
// #endregion secret-feature

// The generated read resolver (secret, secrets) and SecretQueryService;
// exported, so that the artist module can resolve `artist { secrets }`.
const secretGraphQL = NestjsQueryGraphQLModule.forFeature({
  imports: [secretFeature],
  services: [SecretQueryService],
  resolvers: [
    {
      DTOClass: SecretDTO,
      EntityClass: SecretEntity,
      ServiceClass: SecretQueryService,
      // Secrets are written by addSecrets and createArtistWithSecrets, which
      // check the artist in the other database first.
      create: { disabled: true },
      update: { disabled: true },
      delete: { disabled: true },
    },
  ],
});

@Module({
  imports: [secretGraphQL],
  providers: [SecretBatchService, SecretResolver],
  exports: [secretGraphQL],
})
export class SecretModule {}
