import { GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  FilterableField,
  FilterableUnPagedRelation,
  IDField,
} from '@ptc-org/nestjs-query-graphql';
import { AlbumDTO } from '../album/album.dto.js';

@ObjectType('Artist')
@FilterableUnPagedRelation('albums', () => AlbumDTO)
export class ArtistDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  name: string;

  @FilterableField(() => GraphQLISODateTime)
  createdAt: Date;
}
