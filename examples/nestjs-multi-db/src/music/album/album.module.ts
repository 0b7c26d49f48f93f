import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { MUSIC_DB_CONNECTION } from '../../database/database.constants.js';
import { AlbumDTO } from './album.dto.js';
import { AlbumEntity } from './album.entity.js';
import { CreateAlbumInput } from './album.input.js';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [
        NestjsQueryTypeOrmModule.forFeature([AlbumEntity], MUSIC_DB_CONNECTION),
      ],
      resolvers: [
        {
          DTOClass: AlbumDTO,
          EntityClass: AlbumEntity,
          CreateDTOClass: CreateAlbumInput,
          enableTotalCount: true,
        },
      ],
    }),
  ],
})
export class AlbumModule {}
