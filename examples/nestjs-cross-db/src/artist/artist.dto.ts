import { GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import {
  FilterableField,
  IDField,
  UnPagedRelation,
} from '@ptc-org/nestjs-query-graphql';
import { SecretDTO } from '../secret/secret.dto.js';

// #region secrets-relation
// `artist { secrets { ... } }` for clients, although the secrets live on the
// other connection: ArtistQueryService.queryRelations answers it. Not
// Filterable: `artists(filter: { secrets: ... })` would need one SQL query
// over both databases.
@ObjectType('Artist')
@UnPagedRelation('secrets', () => SecretDTO)
export class ArtistDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  name: string;

  @FilterableField(() => GraphQLISODateTime)
  createdAt: Date;
}
// #endregion secrets-relation
