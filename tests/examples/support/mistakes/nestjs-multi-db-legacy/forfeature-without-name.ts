// Mistake: NestjsQueryTypeOrmModule.forFeature without the connection name, so
// SecretEntity's repository is looked up on the default connection.
import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@nestjs-query/query-graphql';
import { NestjsQueryTypeOrmModule } from '@nestjs-query/query-typeorm';
import { SecretAssembler } from '../../../../../examples/nestjs-multi-db-legacy/src/secret/secret.assembler';
import { SecretAssemblerService } from '../../../../../examples/nestjs-multi-db-legacy/src/secret/secret-assembler.service';
import { SecretDatabaseService } from '../../../../../examples/nestjs-multi-db-legacy/src/secret/secret-database.service';
import { SecretDTO } from '../../../../../examples/nestjs-multi-db-legacy/src/secret/secret.dto';
import { SecretEntity } from '../../../../../examples/nestjs-multi-db-legacy/src/secret/secret.entity';
import { CreateSecretInput } from '../../../../../examples/nestjs-multi-db-legacy/src/secret/secret.input';
import { appModuleWith } from './app-with';
import { boot } from './boot';

@Module({
  imports: [
    NestjsQueryGraphQLModule.forFeature({
      imports: [NestjsQueryTypeOrmModule.forFeature([SecretEntity])], // no SECRET_DB_CONNECTION
      services: [SecretAssembler, SecretDatabaseService, SecretAssemblerService],
      resolvers: [{ DTOClass: SecretDTO, ServiceClass: SecretAssemblerService, CreateDTOClass: CreateSecretInput }],
    }),
  ],
})
class SecretModule {}

boot(appModuleWith({ secretModule: SecretModule }));
