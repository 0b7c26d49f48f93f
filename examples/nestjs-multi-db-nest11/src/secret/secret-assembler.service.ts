import {
  AssemblerQueryService,
  QueryService,
} from '@ptc-org/nestjs-query-core';
import { SecretAssembler } from './secret.assembler';
import { SecretDatabaseService } from './secret-database.service';
import { SecretDTO } from './secret.dto';
import { SecretEntity } from './secret.entity';

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
