import { ID, ObjectType } from '@nestjs/graphql';
import {
  FilterableField,
  IDField,
  UnPagedRelation,
} from '@ptc-org/nestjs-query-graphql';
import { SongDTO } from '../song/song.dto.js';

@ObjectType('Genre')
@UnPagedRelation('songs', () => SongDTO)
export class GenreDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  name: string;
}
