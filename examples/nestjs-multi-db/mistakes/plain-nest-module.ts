// Mistake: the secret module written as the original (0.30-era) guide shows it, a plain
// @Module that lists the assembler, the services and a CRUD resolver as providers. On 9.x the
// resolver's guards need providers that only NestjsQueryGraphQLModule.forFeature registers.
import { Module } from '@nestjs/common';
import { Resolver } from '@nestjs/graphql';
import { CRUDResolver } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { SecretAssembler } from '../src/secret/secret.assembler.js';
import { SecretAssemblerService } from '../src/secret/secret-assembler.service.js';
import { SecretDatabaseService } from '../src/secret/secret-database.service.js';
import { SecretDTO } from '../src/secret/secret.dto.js';
import { SecretEntity } from '../src/secret/secret.entity.js';
import { CreateSecretInput } from '../src/secret/secret.input.js';
import { appModuleWith, SECRET_DB_CONNECTION } from './app-with.js';
import { boot } from './boot.js';

@Resolver(() => SecretDTO)
class SecretResolver extends CRUDResolver(SecretDTO, {
  CreateDTOClass: CreateSecretInput,
}) {
  constructor(readonly service: SecretAssemblerService) {
    super(service);
  }
}

@Module({
  imports: [
    NestjsQueryTypeOrmModule.forFeature([SecretEntity], SECRET_DB_CONNECTION),
  ],
  providers: [
    SecretAssembler,
    SecretDatabaseService,
    SecretAssemblerService,
    SecretResolver,
  ],
})
class SecretModule {}

boot(appModuleWith({ secretModule: SecretModule }));
