import {test, expect} from '@playwright/test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {exampleDir} from '../../tools/exampleApp.mjs';

// The playground's NestJS tables are the ones TypeORM itself creates from the example's entities
// (src/database/database.entities.ts, synchronize on sql.js), kept in src/playground/rules/nestjs/tables.json so that the browser needs no TypeORM.
// This test regenerates them from the example and fails when the file is behind;
// `UPDATE_TABLES=1 npx playwright test tests/examples/nestjs-tables.spec.ts` rewrites it.
const FILE = path.resolve('src/playground/rules/nestjs/tables.json');
const SCRIPT = `
import 'reflect-metadata';
import {DataSource} from 'typeorm';
const app = await import('./src/database/database.entities.ts');
await (async () => {
  const tables = {};
  for (const entities of [app.musicEntities, app.secretEntities]) {
    const ds = await new DataSource({type: 'sqljs', entities, synchronize: true}).initialize();
    const rows = await ds.query("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    for (const row of rows) tables[row.name] = row.sql;
    await ds.destroy();
  }
  process.stdout.write(JSON.stringify(tables));
})().catch((error) => { console.error(error); process.exit(1); });
`;

test("src/playground/rules/nestjs/tables.json holds the tables TypeORM creates from the example's entities", () => {
  // The example is an ES module project: its own TypeScript loader reads the entities, with their decorator metadata.
  // In the example's standalone copy, with its own dependencies (tests/examples/standalone.setup.ts).
  const run = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', '--input-type=module', '-e', SCRIPT], {
    cwd: exampleDir('nestjs-multi-db'),
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  const generated = {'//': 'Generated from examples/nestjs-multi-db by tests/examples/nestjs-tables.spec.ts; do not edit.', ...JSON.parse(run.stdout)};
  expect(Object.keys(generated)).toEqual(['//', 'albums', 'artists', 'genres', 'songs', 'secrets']);
  if (process.env.UPDATE_TABLES) fs.writeFileSync(FILE, `${JSON.stringify(generated, null, 2)}\n`);
  expect(JSON.parse(fs.readFileSync(FILE, 'utf8'))).toEqual(generated);
});
