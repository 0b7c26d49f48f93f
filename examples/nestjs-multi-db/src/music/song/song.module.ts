import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { MUSIC_DB_CONNECTION } from '../../database/database.constants.js';
import { SongDTO } from './song.dto.js';
import { SongEntity } from './song.entity.js';
import { CreateSongInput } from './song.input.js';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [
        NestjsQueryTypeOrmModule.forFeature([SongEntity], MUSIC_DB_CONNECTION),
      ],
      resolvers: [
        {
          DTOClass: SongDTO,
          EntityClass: SongEntity,
          CreateDTOClass: CreateSongInput,
          enableTotalCount: true,
        },
      ],
    }),
  ],
})
export class SongModule {}
