// Mistake: useExisting names a class that no imported module provides.
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants.js';
import { DatabaseOptions } from '../src/database/database.options.js';
import { appWith, fail } from './app-with.js';

const secretConnection =
  // #region mistake-use-existing
  TypeOrmModule.forRootAsync({
    name: SECRET_DB_CONNECTION,
    useExisting: DatabaseOptions, // WRONG: no module in `imports` provides it
  });
// #endregion mistake-use-existing

NestFactory.create(await appWith({ secretConnection }), {
  logger: false,
  abortOnError: false,
})
  .then(() => console.log('STARTED'))
  .catch(fail);
