// Mistake: NestjsQueryTypeOrmModule.forFeature without the connection name, so
// SecretEntity's repository is looked up on the default connection.
import { Module } from '@nestjs/common';
import { NestjsQueryGraphQLModule } from '@ptc-org/nestjs-query-graphql';
import { NestjsQueryTypeOrmModule } from '@ptc-org/nestjs-query-typeorm';
import { SecretAssembler } from '../src/secret/secret.assembler';
import { SecretAssemblerService } from '../src/secret/secret-assembler.service';
import { SecretDatabaseService } from '../src/secret/secret-database.service';
import { SecretDTO } from '../src/secret/secret.dto';
import { SecretEntity } from '../src/secret/secret.entity';
import { CreateSecretInput } from '../src/secret/secret.input';
import { appModuleWith } from './app-with';
import { boot } from './boot';

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
