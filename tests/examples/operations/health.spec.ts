// Health per connection (docs/nestjs-query/health-checks.mdx): @nestjs/terminus's readiness
// (every connection) and liveness (the process) of the example, and what each answers while the
// secret connection's server is unreachable: the test cuts it away behind a TCP proxy of its own
// and puts it back, never touching the server. Tagged @servers: `.ci/run` gives it PostgreSQL
// and MariaDB; on sql.js (no server to lose) it checks both endpoints answer.
import {expect, test} from '@playwright/test';
import {connectionHealth} from '../../../tools/health.mjs';
import {graphql} from '../support/graphql';
import {freshDatabase, runServers, TcpProxy} from './ops-support';
import {startExample, type RunningExample} from '../../../tools/exampleApp.mjs';
import {expectGuideToQuote} from '../support/guides';

const example = 'nestjs-multi-db';
const page = 'docs/nestjs-query/health-checks.mdx';

async function get(app: RunningExample, path: string) {
  const response = await fetch(`${app.url}${path}`);
  return {status: response.status, body: (await response.json()) as any};
}

test.describe(`${example}: health`, {tag: '@servers'}, () => {
  test("on sql.js: /health, /health/ready and /health/live answer 200 in terminus's shape", async () => {
    const app = await startExample(example, {});
    try {
      const ready = await get(app, '/health/ready');
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ok');
      expect(connectionHealth(ready.body)).toEqual([
        {name: 'default', driver: 'sqljs', database: ':memory:', ok: true},
        {name: 'secret', driver: 'sqljs', database: ':memory:', ok: true},
      ]);
      expect(Object.keys(ready.body)).toEqual(['status', 'info', 'error', 'details']);
      expect((await get(app, '/health')).body.details).toMatchObject({default: {status: 'up'}, secret: {status: 'up'}});
      expect(await get(app, '/health/live')).toEqual({status: 200, body: {status: 'ok', info: {}, error: {}, details: {}}});
    } finally {
      await app.stop();
    }
  });

  for (const {server, url} of runServers()) {
    test(`secret on ${server}, its server cut away after start: ready is 503 naming it, live stays 200, and both recover`, async () => {
      const database = await freshDatabase(url, 'health');
      const proxy = await TcpProxy.start({host: url.hostname, port: Number(url.port)});
      const app = await startExample(example, {SECRET_DB_URL: proxy.through(database.url)}).catch(async (error) => {
        await proxy.cut();
        await database.drop();
        throw error;
      });
      try {
        expect(connectionHealth((await get(app, '/health/ready')).body).map(({name, driver, ok}) => ({name, driver, ok}))).toEqual([
          {name: 'default', driver: 'sqljs', ok: true},
          {name: 'secret', driver: server, ok: true},
        ]);

        await proxy.cut();
        // Until the pool has dropped the connections the proxy closed, a ping may get one of them.
        const refused = `connect ECONNREFUSED 127.0.0.1:${proxy.port}`;
        const messages: string[] = [];
        for (let attempt = 0; attempt < 20 && messages.at(-1) !== refused; attempt++) {
          const down = await get(app, '/health/ready');
          expect(down.status).toBe(503);
          expect(down.body.status).toBe('error');
          expect(Object.keys(down.body.info)).toEqual(['default']);
          expect(Object.keys(down.body.error)).toEqual(['secret']);
          messages.push(down.body.error.secret.message);
        }
        console.log(`${server}: /health/ready while the secret server is unreachable: 503, error.secret.message: ${[...new Set(messages)].join(' | ')}`);
        expect(messages.at(-1)).toBe(refused);
        for (const message of new Set(messages)) expectGuideToQuote(page, message.replace(String(proxy.port), '{port}'));
        expect(await get(app, '/health/live')).toEqual({status: 200, body: {status: 'ok', info: {}, error: {}, details: {}}});
        // The music connection still serves; a secret query fails with the same cause.
        expect((await graphql(app.url, '{ artists { totalCount } }')).errors).toBeUndefined();
        const secrets = await graphql(app.url, '{ secrets { totalCount } }');
        expect(secrets.errors?.[0].message).toBe(`connect ECONNREFUSED 127.0.0.1:${proxy.port}`);

        await proxy.restore();
        await expect.poll(async () => (await get(app, '/health/ready')).status).toBe(200);
        expect((await graphql(app.url, '{ secrets { totalCount } }')).errors).toBeUndefined();
        // The pool's dropped connections, as the app logged them.
        const warnings = app.child.output.split('\n').filter((line) => /pool raised an error|connection raised an error/.test(line));
        console.log(`${server}: the app logged ${warnings.length} pool warning(s): ${warnings.map((line) => line.trim()).join(' | ')}`);
      } finally {
        await app.stop();
        await proxy.cut();
        await database.drop();
      }
    });
  }
});
