import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@nestjs-query/query-graphql';
import { NestjsQueryTypeOrmModule } from '@nestjs-query/query-typeorm';
import { MUSIC_DB_CONNECTION } from '../../database/database.constants';
import { ArtistDTO } from './artist.dto';
import { ArtistEntity } from './artist.entity';
import { CreateArtistInput } from './artist.input';

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
