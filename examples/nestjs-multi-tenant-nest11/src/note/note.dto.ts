import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FilterableField, IDField } from '@ptc-org/nestjs-query-graphql';

@ObjectType('Note')
export class NoteDTO {
  @IDField(() => ID)
  id: number;

  @FilterableField()
  title: string;

  @Field()
  body: string;

  @FilterableField(() => GraphQLISODateTime)
  createdAt: Date;
}
