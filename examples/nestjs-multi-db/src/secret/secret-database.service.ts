import { QueryService } from '@ptc-org/nestjs-query-core';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { SecretEntity } from './secret.entity.js';

@QueryService(SecretEntity)
export class SecretDatabaseService extends TypeOrmQueryService<SecretEntity> {
  // #region inject-repository
  constructor(
    // The second argument names the connection: it must match the `name`
    // given to TypeOrmModule.forRootAsync in app.module.ts.
    @InjectRepository(SecretEntity, SECRET_DB_CONNECTION)
    repository: Repository<SecretEntity>,
  ) {
    super(repository);
  }
  // #endregion inject-repository
}
