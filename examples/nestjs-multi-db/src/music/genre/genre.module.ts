import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { MUSIC_DB_CONNECTION } from '../../database/database.constants.js';
import { GenreDTO } from './genre.dto.js';
import { GenreEntity } from './genre.entity.js';
import { CreateGenreInput } from './genre.input.js';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [
        NestjsQueryTypeOrmModule.forFeature([GenreEntity], MUSIC_DB_CONNECTION),
      ],
      resolvers: [
        {
          DTOClass: GenreDTO,
          EntityClass: GenreEntity,
          CreateDTOClass: CreateGenreInput,
          enableTotalCount: true,
        },
      ],
    }),
  ],
})
export class GenreModule {}
