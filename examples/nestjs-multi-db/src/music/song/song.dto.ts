import { ID, ObjectType } from '@nestjs/graphql';
import {
  FilterableField,
  IDField,
  Relation,
} from '@ptc-org/nestjs-query-graphql';
import { AlbumDTO } from '../album/album.dto.js';
import { GenreDTO } from '../genre/genre.dto.js';

@ObjectType('Song')
@Relation('album', () => AlbumDTO)
@Relation('genre', () => GenreDTO, { nullable: true })
export class SongDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  title: string;

  @FilterableField(() => ID)
  albumId: number;

  @FilterableField(() => ID, { nullable: true })
  genreId: number | null;
}
