import { InjectRepository } from '@nestjs/typeorm';
import { QueryService } from '@ptc-org/nestjs-query-core';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { Repository } from 'typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { SecretEntity } from './secret.entity.js';

// The secrets' query service, on the secret connection. The artist resolver
// borrows it to answer `artist { secrets }`.
@QueryService(SecretEntity)
export class SecretQueryService extends TypeOrmQueryService<SecretEntity> {
  constructor(
    @InjectRepository(SecretEntity, SECRET_DB_CONNECTION)
    repository: Repository<SecretEntity>,
  ) {
    super(repository);
  }
}
