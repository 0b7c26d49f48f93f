import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { StorableText } from '../database/storable-text';

@InputType('CreateArtist')
export class CreateArtistInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @StorableText()
  name: string;
}
