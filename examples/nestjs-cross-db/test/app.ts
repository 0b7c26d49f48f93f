// The example's own tests start its AppModule in-process, on the databases
// that MUSIC_DB_URL / SECRET_DB_URL (or _FILE) name, in memory otherwise.
import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants.js';

export interface TestApp {
  app: INestApplication;
  music: DataSource;
  secret: DataSource;
}

export async function startApp(): Promise<TestApp> {
  // abortOnError: false: a failure rejects here (and in app.get) instead of
  // ending the test process.
  const app = await NestFactory.create(AppModule, {
    logger: false,
    abortOnError: false,
  });
  app.useGlobalPipes(new ValidationPipe({ transform: true }));
  await app.init();
  return {
    app,
    music: app.get(getDataSourceToken()),
    secret: app.get(getDataSourceToken(SECRET_DB_CONNECTION)),
  };
}

/** A name no other test uses, so tests can share databases. */
export const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
