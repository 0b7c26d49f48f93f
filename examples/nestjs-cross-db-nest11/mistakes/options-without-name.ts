// Mistake: an options class that does not hand the connection's name back.
// The app starts and works; closing it fails.
import { Injectable } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  TypeOrmModule,
  TypeOrmModuleOptions,
  TypeOrmOptionsFactory,
} from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants';
import { appWith, fail } from './app-with';

// #region mistake-options-without-name
@Injectable()
class SecretDatabaseOptions implements TypeOrmOptionsFactory {
  createTypeOrmOptions(): TypeOrmModuleOptions {
    // WRONG: no `name` in what it returns
    return { type: 'sqljs', autoLoadEntities: true, synchronize: true };
  }
}
// #endregion mistake-options-without-name

const secretConnection = TypeOrmModule.forRootAsync({
  name: SECRET_DB_CONNECTION,
  useClass: SecretDatabaseOptions,
});

(async () => {
  const app = await NestFactory.create(appWith({ secretConnection }), {
    logger: false,
  });
  await app.init();
  console.log('STARTED');
  await app.close();
  console.log('CLOSED');
})().catch(fail);
