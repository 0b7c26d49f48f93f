import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FilterableField, IDField } from '@ptc-org/nestjs-query-graphql';

@ObjectType('Secret')
export class SecretDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  name: string;

  // Readable, but not filterable: no one searches secrets by their value.
  @Field()
  value: string;

  @FilterableField(() => GraphQLISODateTime)
  createdAt: Date;
}
