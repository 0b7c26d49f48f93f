// Mistake: the connection's name instead of its token in a factory's inject.
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HealthController } from '../src/health/health.controller';
import { CHECKED_CONNECTIONS } from '../src/health/health.providers';
import { appWith, fail } from './app-with';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: CHECKED_CONNECTIONS,
      useFactory: (music: DataSource, secret: DataSource) => [
        ['default', music],
        ['secret', secret],
      ],
      // #region mistake-inject-name
      inject: [getDataSourceToken(), 'secret'], // WRONG: getDataSourceToken('secret')
      // #endregion mistake-inject-name
    },
  ],
})
class HealthModule {}

NestFactory.create(appWith({ health: HealthModule }), {
  logger: false,
  abortOnError: false,
})
  .then(() => console.log('STARTED'))
  .catch(fail);
