import {
  Assembler,
  ClassTransformerAssembler,
} from '@ptc-org/nestjs-query-core';
import { SecretDTO } from './secret.dto.js';
import { SecretEntity } from './secret.entity.js';

// Converts between the GraphQL type and the entity. It never touches a
// database, so it does not care which connection the entity lives on.
@Assembler(SecretDTO, SecretEntity)
export class SecretAssembler extends ClassTransformerAssembler<
  SecretDTO,
  SecretEntity
> {}
