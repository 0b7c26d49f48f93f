// Starts a module the way the example's src/main.ts does, so the output is
// what a reader who made the mistake sees. Exit code 1 when the start fails;
// "STARTED" and exit code 0 if the mistake went unnoticed.
import 'reflect-metadata';
import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

export function boot(module: Type<unknown>): void {
  (async () => {
    const app = await NestFactory.create(module, { abortOnError: false });
    await app.init();
    await app.close();
    console.log('STARTED');
  })().catch(() => process.exit(1));
}
