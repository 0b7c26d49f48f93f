import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { MUSIC_DB_CONNECTION } from '../../database/database.constants';
import { GenreDTO } from './genre.dto';
import { GenreEntity } from './genre.entity';
import { CreateGenreInput } from './genre.input';

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
