// Mistake: the connection name is put into the options that useFactory returns,
// not on TypeOrmModule.forRootAsync itself, so Nest registers a second
// unnamed ("default") connection and no "secret" one.
import { ConfigModule, ConfigService } from '@nestjs/config';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import {
  appModuleWith,
  SECRET_DB_CONNECTION,
  secretEntities,
} from './app-with.js';
import { boot } from './boot.js';

boot(
  appModuleWith({
    secretConnection: TypeOrmModule.forRootAsync({
      imports: [ConfigModule],
      inject: [ConfigService],
      useFactory: (configService: ConfigService): TypeOrmModuleOptions => ({
        ...configService.get('dbConnections.secret'),
        name: SECRET_DB_CONNECTION, // too late: Nest has already picked the tokens
        entities: secretEntities,
      }),
    }),
  }),
);
