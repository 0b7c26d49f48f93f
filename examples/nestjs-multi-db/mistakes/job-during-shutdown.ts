// The job of ../src/secret/secret-count.job.ts in the example's app, twice,
// each running every 20 ms so that it is busy while the app shuts down:
// Stopped as the example has it, and WithoutStop, the same job without its
// onModuleDestroy, so nothing stops it. app.close() runs the sequence SIGTERM
// runs with enableShutdownHooks(). Prints "CLOSED", then whatever the jobs log
// in the next 200 ms.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { SecretCountJob } from '../src/secret/secret-count.job.js';
import { SecretEntity } from '../src/secret/secret.entity.js';
import { appModuleWith, SECRET_DB_CONNECTION } from './app-with.js';

class Stopped extends SecretCountJob {
  protected override everyMs = 20;
}

class WithoutStop extends Stopped {
  override async onModuleDestroy(): Promise<void> {}
}

@Module({
  imports: [TypeOrmModule.forFeature([SecretEntity], SECRET_DB_CONNECTION)],
  providers: [Stopped, WithoutStop],
})
class JobsModule {}

(async () => {
  const app = await NestFactory.create(appModuleWith({ more: [JobsModule] }), {
    logger: ['error', 'warn'],
  });
  await app.init();
  const jobs = [app.get(Stopped), app.get(WithoutStop)];
  while (jobs.some((job) => job.count === undefined)) await sleep(10);
  await app.close();
  console.log('CLOSED');
  await sleep(200);
  process.exit(0);
})();
