import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsNotEmpty,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { StorableText } from '../database/storable-text.js';

// #region secret-input
@InputType('SecretInput')
export class SecretInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  @StorableText()
  name: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @StorableText()
  value: string;
}

@InputType('AddSecrets')
export class AddSecretsInput {
  // An artist on the other connection: checked by the service, because no
  // foreign key spans two databases.
  @Field(() => Int)
  @IsInt()
  @Min(1)
  artistId: number;

  @Field(() => [SecretInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SecretInput)
  secrets: SecretInput[];
}
// #endregion secret-input
