// The same mistake with useFactory: the factory's options carry no `name`.
// The app starts and works; closing it fails.
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants';
import { appWith, fail } from './app-with';

const secretConnection = TypeOrmModule.forRootAsync({
  name: SECRET_DB_CONNECTION,
  useFactory: () => ({
    type: 'sqljs',
    autoLoadEntities: true,
    synchronize: true,
  }),
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
