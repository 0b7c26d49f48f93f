// Once a mistake: the secret connection's options (what useFactory returns)
// carry no `name`, only forRootAsync has it, as in the example itself. On
// @nestjs/typeorm 12 app.close() still closes that connection: it keeps the
// name forRootAsync was given. Prints whether each connection is still open.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appModuleWith, SECRET_DB_CONNECTION } from './app-with.js';

(async () => {
  const app = await NestFactory.create(appModuleWith({}), { logger: false });
  await app.init();
  const music = app.get<DataSource>(getDataSourceToken());
  const secret = app.get<DataSource>(getDataSourceToken(SECRET_DB_CONNECTION));
  try {
    await app.close();
    console.log('CLOSED');
  } catch (error) {
    console.log(`app.close() failed: ${(error as Error).message}`);
  }
  console.log(
    `OPEN AFTER CLOSE: default=${music.isInitialized} secret=${secret.isInitialized}`,
  );
})();
