import 'reflect-metadata';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';

async function bootstrap() {
  // abortOnError: false lets a failed start end with exit code 1 after Nest
  // has logged the reason, instead of process.abort().
  const app = await NestFactory.create(AppModule, { abortOnError: false });
  // Runs the class-validator rules of the input types (e.g. an empty name).
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
    }),
  );
  // #region shutdown-hooks
  // On SIGTERM / Ctrl+C: stop accepting requests, let the accepted ones
  // finish, then close both connections.
  app.enableShutdownHooks();
  // #endregion shutdown-hooks
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  const url = `http://localhost:${port}`;
  Logger.log(`GraphQL at ${url}/graphql, health at ${url}/health`, 'Bootstrap');
}

bootstrap().catch(() => process.exit(1)); // Nest has already logged why
