import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { FilterableField, IDField } from '@ptc-org/nestjs-query-graphql';

@ObjectType('Secret')
export class SecretDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField(() => Int)
  artistId: number;

  @FilterableField()
  name: string;

  @Field()
  value: string;

  @FilterableField(() => GraphQLISODateTime)
  createdAt: Date;
}
