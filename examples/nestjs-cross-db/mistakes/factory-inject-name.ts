// Mistake: the connection's name instead of its token in a factory's inject.
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HealthController } from '../src/health/health.controller.js';
import { CHECKED_CONNECTIONS } from '../src/health/health.providers.js';
import { appWith, fail } from './app-with.js';

@Module({
  imports: [TerminusModule],
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

NestFactory.create(await appWith({ health: HealthModule }), {
  logger: false,
  abortOnError: false,
})
  .then(() => console.log('STARTED'))
  .catch(fail);
