// Every example under examples/ that no shared suite claims (its handbook.json lists no
// "suites"), checked the way a reader first meets it: `npm start` with nothing configured.
// A "typecheck" example's start type-checks it and ends; an "app" example comes up, answers its
// health check, and runs its smoke operations (each region of the file, in order) without an
// error. Examples that a shared suite runs are started there, with exact expectations.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {listRegions, extractRegion} from '../../src/lib/regions';
import {listExamples} from '../../tools/examples.mjs';
import {connectionHealth} from '../../tools/health.mjs';
import {exampleDir, run, startExample} from '../../tools/exampleApp.mjs';
import {graphql} from './support/graphql';

test.describe.configure({mode: 'parallel'});

const unclaimed = listExamples().filter(({description}) => !description.suites?.length);

for (const {name, description} of unclaimed) {
  if (description.runs === 'typecheck') {
    test(`${name}: npm start type-checks it and ends without an error`, async () => {
      const result = await run(exampleDir(name), 'npm', ['start', '--silent']);
      expect(result.code, result.output).toBe(0);
      expect(result.output).not.toMatch(/error TS\d+/);
    });
    continue;
  }

  test(`${name}: npm start with nothing configured comes up and answers ${description.checks?.health ?? '/health'}`, async () => {
    const app = await startExample(name, {}, {health: description.checks?.health, npmStart: true});
    try {
      expect(connectionHealth(app.health).length).toBeGreaterThan(0);
      expect(connectionHealth(app.health).filter((connection) => !connection.ok)).toEqual([]);
      const smoke = description.checks?.smoke;
      if (!smoke) return;
      const operations = fs.readFileSync(path.join(exampleDir(name), smoke), 'utf8');
      const regions = listRegions(operations);
      expect(regions.length, `${smoke} should hold its operations in #region blocks`).toBeGreaterThan(0);
      for (const region of regions) {
        const response = await graphql(app.url, extractRegion(operations, region));
        expect(response.errors, `${smoke} region "${region}"`).toBeUndefined();
        expect(response.data, `${smoke} region "${region}"`).toBeTruthy();
      }
    } finally {
      await app.stop();
    }
  });
}
