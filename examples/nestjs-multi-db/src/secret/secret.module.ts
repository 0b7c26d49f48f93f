import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { SecretAssembler } from './secret.assembler.js';
import { SecretAssemblerService } from './secret-assembler.service.js';
import { SecretDatabaseService } from './secret-database.service.js';
import { SecretDTO } from './secret.dto.js';
import { SecretEntity } from './secret.entity.js';
import { CreateSecretInput } from './secret.input.js';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      // #region register-entity
      // Registers SecretEntity's repository on the "secret" connection; without
      // the second argument it would be looked up on the default connection.
      imports: [
        NestjsQueryTypeOrmModule.forFeature(
          [SecretEntity],
          SECRET_DB_CONNECTION,
        ),
      ],
      // #endregion register-entity
      services: [
        SecretAssembler,
        SecretDatabaseService,
        SecretAssemblerService,
      ],
      // #region resolver
      // The generated CRUD resolver (secret, secrets, createOneSecret, ...)
      // only knows the DTO and the service; it never names a connection.
      resolvers: [
        {
          DTOClass: SecretDTO,
          ServiceClass: SecretAssemblerService,
          CreateDTOClass: CreateSecretInput,
          enableTotalCount: true,
        },
      ],
      // #endregion resolver
    }),
  ],
})
export class SecretModule {}
