// The multi-tenant suite ("suites": ["multi-tenant"] in an example's handbook.json), starting
// with the example as a reader gets it: `npm start` with nothing configured, the operations of
// try-it.graphql, and its own `npm test` and type-check.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {extractRegion} from '../../../src/lib/regions';
import {connectionHealth} from '../../../tools/health.mjs';
import {exampleDir, ownTsc, run, spawnExample, startExample} from '../../../tools/exampleApp.mjs';
import {tenantExamples, tenantsHealth} from './tenant-app';
import {expectGuideToQuote} from '../support/guides';

for (const example of tenantExamples) {
  test.describe(`${example.name}: as shipped`, () => {
    test('npm start with nothing configured serves the tenants of tenants.json, and try-it.graphql keeps them apart', async () => {
      const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'nestjs-multi-tenant-start-'));
      const filesDir = path.join(parent, 'data'); // not there yet, as data/ in a fresh copy
      const app = await startExample(example.name, {TENANT_FILES_DIR: filesDir});
      try {
        expect(app.health.status).toBe('ok');
        expect(connectionHealth(app.health)).toEqual([{name: 'catalogue', driver: 'sqljs', database: ':memory:', ok: true}]);
        expect(tenantsHealth(app.health)).toMatchObject({limit: 10, opened: 0, open: []});
        expect(app.child.output).toContain('3 tenants in tenants.json, 3 added to the catalogue');
        const operations = fs.readFileSync(path.join(exampleDir(example.name), 'try-it.graphql'), 'utf8');
        const send = async (tenant: string, region: string) => {
          const response = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: {'content-type': 'application/json', 'x-tenant': tenant},
            body: JSON.stringify({query: extractRegion(operations, region)}),
          });
          return (await response.json()) as {data: any};
        };
        expect((await send('acme', 'create')).data.createOneNote).toMatchObject({id: '1', title: 'First note'});
        expect((await send('acme', 'query')).data.notes).toEqual({
          totalCount: 1,
          edges: [{node: {id: '1', title: 'First note', body: 'Only acme sees this'}}],
        });
        expect((await send('globex', 'query')).data.notes).toEqual({totalCount: 0, edges: []});
        expect(fs.readdirSync(filesDir).sort()).toEqual(['acme.sqlite', 'globex.sqlite']);
      } finally {
        await app.stop();
        fs.rmSync(parent, {recursive: true, force: true});
      }
    });

    for (const [name, value] of [
      ['TENANT_DATA_SOURCE_LIMIT', 'ten'],
      ['TENANT_POOL_SIZE', 'x'],
    ]) {
      test(`a ${name} that is not a whole number stops the start, naming it`, async () => {
        const {child} = await spawnExample(example.name, {[name]: value}, {npmStart: true});
        await child.exited;
        expect(child.exitCode, child.output).toBe(1);
        const message = `${name} must be a whole number of 1 or more, not "${value}"`;
        expect(child.output).toContain(message);
        expectGuideToQuote(example.guide, message);
        expect(child.output).not.toContain('Nest application successfully started');
      });
    }

    test("the example's own tests pass, and it type-checks", async () => {
      const dir = exampleDir(example.name);
      for (const {script, passed} of example.ownTests) {
        // run() reads stdout and stderr (Jest's summary is on stderr, Vitest's on stdout), without colours.
        const own = await run(dir, 'npm', ['run', script]);
        expect(own.code, own.output).toBe(0);
        for (const line of passed) expect(own.output, `npm run ${script}`).toMatch(line);
      }
      const tsc = ownTsc(dir, ['--noEmit', '-p', dir]);
      expect(tsc.output).toBe('');
      expect(tsc.code).toBe(0);
    });
  });
}
