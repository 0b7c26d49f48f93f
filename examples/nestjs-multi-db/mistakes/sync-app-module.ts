// Not a mistake: the example's synchronous variant (src/sync-app.module.ts),
// started the way src/main.ts starts AppModule. Prints the health report of
// both connections, then "STARTED".
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { HealthController } from '../src/health/health.controller.js';
import { SyncAppModule } from '../src/sync-app.module.js';

(async () => {
  const app = await NestFactory.create(SyncAppModule, { abortOnError: false });
  await app.init();
  console.log(
    `HEALTH ${JSON.stringify(await app.get(HealthController).ready())}`,
  );
  await app.close();
  console.log('STARTED');
})().catch(() => process.exit(1));
