// Mistake: @InjectRepository(SecretEntity) without the connection name in the
// service, while the module registers the entity on the "secret" connection.
import { Module } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryService } from '@ptc-org/nestjs-query-core';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import {
  NestjsQueryTypeOrmModule,
  TypeOrmQueryService,
} from '@ptc-org/nestjs-query-typeorm';
import { Repository } from 'typeorm';
import { SecretAssembler } from '../src/secret/secret.assembler.js';
import { SecretDTO } from '../src/secret/secret.dto.js';
import { SecretEntity } from '../src/secret/secret.entity.js';
import { appModuleWith, SECRET_DB_CONNECTION } from './app-with.js';
import { boot } from './boot.js';

@QueryService(SecretEntity)
class SecretDatabaseService extends TypeOrmQueryService<SecretEntity> {
  constructor(
    @InjectRepository(SecretEntity) repository: Repository<SecretEntity>,
  ) {
    super(repository);
  }
}

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [
        NestjsQueryTypeOrmModule.forFeature(
          [SecretEntity],
          SECRET_DB_CONNECTION,
        ),
      ],
      services: [SecretAssembler, SecretDatabaseService],
      dtos: [{ DTOClass: SecretDTO }],
    }),
  ],
})
class SecretModule {}

boot(appModuleWith({ secretModule: SecretModule }));
