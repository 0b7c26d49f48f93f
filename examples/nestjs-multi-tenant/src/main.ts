// #region shutdown-hooks
import 'reflect-metadata';
import { Logger, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';

async function bootstrap() {
  // abortOnError: false lets a failed start end with exit code 1 after Nest
  // has logged the reason, instead of process.abort().
  const app = await NestFactory.create(AppModule, { abortOnError: false });
  app.useGlobalPipes(
    new ValidationPipe({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
    }),
  );
  // On Ctrl+C / SIGTERM: app.close() closes the HTTP server, then calls every
  // onApplicationShutdown (the tenant data sources, the catalogue). Then the
  // process ends by itself, with nothing left open. (enableShutdownHooks()
  // would re-send the signal after closing, ending the process whatever is
  // still open, so a leak would go unnoticed.)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await app.close();
      setTimeout(() => {
        Logger.error(
          'Still running 10 s after shutdown: something was left open',
          'Bootstrap',
        );
        process.exit(1);
      }, 10_000).unref();
    });
  }
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port);
  const url = `http://localhost:${port}`;
  Logger.log(`GraphQL at ${url}/graphql, health at ${url}/health`, 'Bootstrap');
}

bootstrap().catch(() => process.exit(1)); // Nest has already logged why
// #endregion shutdown-hooks
