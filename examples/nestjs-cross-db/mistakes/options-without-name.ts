// An options class that does not hand the connection's name back: closing
// failed under @nestjs/typeorm 11; with 12 the app starts, works and closes.
import { Injectable } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  TypeOrmModule,
  TypeOrmModuleOptions,
  TypeOrmOptionsFactory,
} from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants.js';
import { appWith, fail } from './app-with.js';

// #region mistake-options-without-name
@Injectable()
class SecretDatabaseOptions implements TypeOrmOptionsFactory {
  createTypeOrmOptions(): TypeOrmModuleOptions {
    // No `name` in what it returns (@nestjs/typeorm 11 could not close it)
    return { type: 'sqljs', autoLoadEntities: true, synchronize: true };
  }
}
// #endregion mistake-options-without-name

const secretConnection = TypeOrmModule.forRootAsync({
  name: SECRET_DB_CONNECTION,
  useClass: SecretDatabaseOptions,
});

(async () => {
  const app = await NestFactory.create(await appWith({ secretConnection }), {
    logger: false,
  });
  await app.init();
  console.log('STARTED');
  await app.close();
  console.log('CLOSED');
})().catch(fail);
