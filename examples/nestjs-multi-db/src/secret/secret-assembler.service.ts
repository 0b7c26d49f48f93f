import {
  AssemblerQueryService,
  QueryService,
} from '@ptc-org/nestjs-query-core';
import { SecretAssembler } from './secret.assembler.js';
import { SecretDatabaseService } from './secret-database.service.js';
import { SecretDTO } from './secret.dto.js';
import { SecretEntity } from './secret.entity.js';

// Serves SecretDTOs to the resolver by way of the assembler and the database
// service. No connection name here either.
@QueryService(SecretDTO)
export class SecretAssemblerService extends AssemblerQueryService<
  SecretDTO,
  SecretEntity
> {
  constructor(assembler: SecretAssembler, service: SecretDatabaseService) {
    super(assembler, service);
  }
}
