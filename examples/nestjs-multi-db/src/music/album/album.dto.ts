import { ID, Int, ObjectType } from '@nestjs/graphql';
import {
  FilterableField,
  IDField,
  Relation,
  UnPagedRelation,
} from '@ptc-org/nestjs-query-graphql';
import { ArtistDTO } from '../artist/artist.dto.js';
import { SongDTO } from '../song/song.dto.js';

@ObjectType('Album')
@Relation('artist', () => ArtistDTO)
@UnPagedRelation('songs', () => SongDTO)
export class AlbumDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  title: string;

  @FilterableField(() => Int, { nullable: true })
  year: number | null;

  @FilterableField(() => ID)
  artistId: number;
}
