// Mistake: the secret connection's options (what useFactory returns) carry no
// `name`; only forRootAsync has it. Starting works; closing the app does not
// close that connection. Prints what app.close() rejects with.
import 'reflect-metadata';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import {
  appModuleWith,
  openConnection,
  SECRET_DB_CONNECTION,
  secretEntities,
} from './app-with';

const secretConnection = TypeOrmModule.forRootAsync({
  name: SECRET_DB_CONNECTION,
  imports: [ConfigModule],
  inject: [ConfigService],
  useFactory: (configService: ConfigService): TypeOrmModuleOptions => {
    const { name, ...options } = configService.get('dbConnections.secret');
    return { ...options, entities: secretEntities };
  },
  dataSourceFactory: openConnection(SECRET_DB_CONNECTION),
});

(async () => {
  const app = await NestFactory.create(appModuleWith({ secretConnection }), {
    logger: false,
  });
  await app.init();
  try {
    await app.close();
    console.log('CLOSED');
  } catch (error) {
    console.log(`app.close() failed: ${(error as Error).message}`);
    process.exit(1);
  }
})();
