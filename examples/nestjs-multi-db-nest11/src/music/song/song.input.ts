import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType('CreateSong')
export class CreateSongInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => ID)
  @IsNotEmpty()
  albumId: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  genreId?: number;
}
