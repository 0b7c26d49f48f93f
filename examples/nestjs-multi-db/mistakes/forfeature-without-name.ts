// Mistake: NestjsQueryTypeOrmModule.forFeature without the connection name, so
// SecretEntity's repository is looked up on the default connection.
import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { SecretAssembler } from '../src/secret/secret.assembler.js';
import { SecretAssemblerService } from '../src/secret/secret-assembler.service.js';
import { SecretDatabaseService } from '../src/secret/secret-database.service.js';
import { SecretDTO } from '../src/secret/secret.dto.js';
import { SecretEntity } from '../src/secret/secret.entity.js';
import { CreateSecretInput } from '../src/secret/secret.input.js';
import { appModuleWith } from './app-with.js';
import { boot } from './boot.js';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [NestjsQueryTypeOrmModule.forFeature([SecretEntity])], // no SECRET_DB_CONNECTION
      services: [
        SecretAssembler,
        SecretDatabaseService,
        SecretAssemblerService,
      ],
      resolvers: [
        {
          DTOClass: SecretDTO,
          ServiceClass: SecretAssemblerService,
          CreateDTOClass: CreateSecretInput,
        },
      ],
    }),
  ],
})
class SecretModule {}

boot(appModuleWith({ secretModule: SecretModule }));
