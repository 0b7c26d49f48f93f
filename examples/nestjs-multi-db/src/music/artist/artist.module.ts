import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { MUSIC_DB_CONNECTION } from '../../database/database.constants.js';
import { ArtistDTO } from './artist.dto.js';
import { ArtistEntity } from './artist.entity.js';
import { CreateArtistInput } from './artist.input.js';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [
        NestjsQueryTypeOrmModule.forFeature(
          [ArtistEntity],
          MUSIC_DB_CONNECTION,
        ),
      ],
      resolvers: [
        {
          DTOClass: ArtistDTO,
          EntityClass: ArtistEntity,
          CreateDTOClass: CreateArtistInput,
          enableTotalCount: true,
        },
      ],
    }),
  ],
})
export class ArtistModule {}
