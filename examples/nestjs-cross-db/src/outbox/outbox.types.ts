import {
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsNotEmpty,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ArtistDTO } from '../artist/artist.dto.js';
import { StorableText } from '../database/storable-text.js';
import { SecretInput } from '../secret/secret.input.js';

@InputType('CreateArtistWithSecrets')
export class CreateArtistWithSecretsInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @StorableText()
  name: string;

  @Field(() => [SecretInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SecretInput)
  secrets: SecretInput[];
}

@ObjectType('OutboxMessage')
export class OutboxMessageDTO {
  @Field(() => ID)
  id: number;

  @Field()
  topic: string;

  @Field({ description: 'pending, delivered or failed' })
  state: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('ArtistWithSecrets')
export class ArtistWithSecretsDTO {
  @Field(() => ArtistDTO)
  artist: ArtistDTO;

  @Field(() => OutboxMessageDTO, {
    description:
      'The outbox message that carries the secrets to their database',
  })
  delivery: OutboxMessageDTO;
}
