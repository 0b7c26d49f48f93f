// The same with useFactory: the factory's options carry no `name`. Closing
// failed under @nestjs/typeorm 11; with 12 the app starts, works and closes.
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants.js';
import { appWith, fail } from './app-with.js';

const secretConnection = TypeOrmModule.forRootAsync({
  name: SECRET_DB_CONNECTION,
  useFactory: () => ({
    type: 'sqljs',
    autoLoadEntities: true,
    synchronize: true,
  }),
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
