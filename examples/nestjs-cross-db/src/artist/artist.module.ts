import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { MUSIC_DB_CONNECTION } from '../database/database.constants.js';
import { SecretModule } from '../secret/secret.module.js';
import { ArtistDTO } from './artist.dto.js';
import { ArtistEntity } from './artist.entity.js';
import { CreateArtistInput } from './artist.input.js';
import { ArtistQueryService } from './artist.service.js';

// #region artist-module
@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [
        NestjsQueryTypeOrmModule.forFeature(
          [ArtistEntity],
          MUSIC_DB_CONNECTION,
        ),
        // Brings SecretQueryService (secret connection) for `artist { secrets }`.
        SecretModule,
      ],
      services: [ArtistQueryService],
      resolvers: [
        {
          DTOClass: ArtistDTO,
          EntityClass: ArtistEntity,
          ServiceClass: ArtistQueryService,
          CreateDTOClass: CreateArtistInput,
          read: { maxResultsSize: 100 },
          // Deleting an artist would leave its secrets behind in the other
          // database: no cascade spans two connections.
          update: { disabled: true },
          delete: { disabled: true },
        },
      ],
    }),
  ],
})
export class ArtistModule {}
// #endregion artist-module
