// Playwright fixtures for a running NestJS example: one app per worker and example, on its
// own databases (see databases.ts), started with `npm start` on first use and stopped when the
// worker ends. Tests share it and stay independent by using names of their own.
import {test as base} from '@playwright/test';
import {openDatabases, type DatabaseInspector, type Role} from './databases';
import {startExample, type RunningExample} from '../../../tools/exampleApp.mjs';

interface Running {
  app: RunningExample;
  databases: Record<Role, DatabaseInspector>;
}

export interface TestFixtures {
  /** folder under examples/; set per describe with test.use({example}) */
  example: string;
  app: RunningExample;
  databases: Record<Role, DatabaseInspector>;
}

interface WorkerFixtures {
  running: (example: string) => Promise<Running>;
}

async function setUp(example: string): Promise<Running> {
  const databases = await openDatabases(example);
  const app = await startExample(example, {...databases.music.env, ...databases.secret.env});
  console.log(`${example}: up in ${app.bootMs} ms (npm start until /health answered)`);
  return {app, databases};
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  running: [
    async ({}, use) => {
      const started = new Map<string, Promise<Running>>();
      await use((example) => {
        if (!started.has(example)) started.set(example, setUp(example));
        return started.get(example)!;
      });
      for (const setup of started.values()) {
        const running = await setup.catch(() => undefined); // a failed start failed its tests already
        if (!running) continue;
        await running.app.stop();
        await running.databases.music.close();
        await running.databases.secret.close();
      }
    },
    {scope: 'worker', timeout: 120_000},
  ],
  example: ['nestjs-multi-db', {option: true}],
  app: async ({running, example}, use) => use((await running(example)).app),
  databases: async ({running, example}, use) => use((await running(example)).databases),
});

export {expect} from '@playwright/test';

/** A name no other test uses, so tests can share one app and its databases. */
export function uniqueName(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
