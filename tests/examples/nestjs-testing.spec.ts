// The example's own test suite (examples/nestjs-multi-db: src/**/*.spec.ts and test/; Vitest on the
// NestJS 12 line, Jest before), run the way a reader runs it, and each message the testing guide
// quotes, produced here. The suite runs here on in-memory sql.js; `npm run matrix` runs it again
// with each connection on a throwaway PostgreSQL and MariaDB database. The tests tagged @servers
// (the per-worker databases, the resets) run again on the servers (scripts/examples-on-servers.mjs).
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {extractRegion} from '../../src/lib/regions';
import {dropDatabase, listDatabases} from '../../tools/databases.mjs';
import {openServer, openSqlJsFile, type DatabaseInspector} from './support/databases';
import {exampleDir, run} from '../../tools/exampleApp.mjs';
import {copyOfExample, npmRun} from './support/migrations';
import {musicSecretExamples} from './support/nestjs-examples';
import {expectGuideToQuote} from './support/guides';

// The runner starts and compiles for each run: slow when the machine is busy.
test.describe.configure({mode: 'parallel', timeout: 300_000});

interface Line {
  example: string;
  guide: string;
  runner: 'jest' | 'vitest';
  /** The e2e set-up moves each connection to a database of the worker's own (test/worker-databases.ts). */
  workerDatabases: boolean;
  /** what app.close() says when the factory's options lack the name; null: it closes the connection */
  closeFailure: string | null;
  /** nestjs-query-typeorm's uuid is an ES module that Jest must be told to compile */
  uuidIsEsm: boolean;
}

/** Each line's example and its testing guide. */
const lines: Line[] = [
  // @nestjs/typeorm 12 closes a connection by the name forRootAsync was given.
  {example: 'nestjs-multi-db', guide: 'docs/nestjs-query/testing.mdx', runner: 'vitest', workerDatabases: true, closeFailure: null, uuidIsEsm: false},
  {
    example: 'nestjs-multi-db-nest11',
    guide: 'nestjs-query_versioned_docs/version-9.x-nest11/testing.mdx',
    runner: 'jest',
    workerDatabases: true,
    closeFailure: 'Nest could not find DataSource element (this provider does not exist in the current context)',
    uuidIsEsm: true,
  },
  // TypeORM 0.2 calls it a Connection; nestjs-query 0.30 depends on uuid 8 (CommonJS).
  {
    example: 'nestjs-multi-db-legacy',
    guide: 'nestjs-query_versioned_docs/version-0.30.x/testing.mdx',
    runner: 'jest',
    workerDatabases: false,
    closeFailure: 'Nest could not find Connection element (this provider does not exist in the current context)',
    uuidIsEsm: false,
  },
];

/** The runner's summary of a green `npm test` (two spec files: one unit, one e2e). */
const passed: Record<Line['runner'], (output: string) => void> = {
  jest: (output) => {
    expect(output).toMatch(/Test Suites: 2 passed, 2 total/);
    expect(output).toMatch(/Tests: +\d+ passed, \d+ total/);
    expect(output).not.toContain('did not exit');
  },
  // `vitest run` twice (unit, then e2e), each with its own summary.
  vitest: (output) => {
    expect(output.match(/Test Files +1 passed \(1\)/g)).toHaveLength(2);
    expect(output.match(/Tests +\d+ passed \(\d+\)/g)).toHaveLength(2);
    expect(output).not.toMatch(/failed/i);
  },
};
// Each test's name in the output, whether it passed or failed.
const runSpecs: Record<Line['runner'], string[]> = {jest: ['jest', '--verbose'], vitest: ['vitest', 'run', '--reporter=verbose']};

/** A database named `name` on the server of each connection whose *_DB_URL is set, and the variables that point the example at them. */
async function throwawayDatabases(name: string): Promise<{databases: DatabaseInspector[]; env: Record<string, string>}> {
  const databases: DatabaseInspector[] = [];
  const env: Record<string, string> = {};
  for (const [role, variable] of [
    ['music', 'MUSIC_DB_URL'],
    ['secret', 'SECRET_DB_URL'],
  ] as const) {
    const url = process.env[variable];
    if (!url) continue;
    const database = await openServer(role, url, name);
    databases.push(database);
    Object.assign(env, database.env);
  }
  return {databases, env};
}

for (const {example, guide, runner, closeFailure, uuidIsEsm} of lines) {
  test.describe(`${example}: its own test suite`, () => {
    test(`npm test passes on in-memory sql.js and ${runner} exits by itself`, async () => {
      const result = await npmRun(exampleDir(example), 'test', {});
      expect(result.code, result.output).toBe(0);
      passed[runner](result.output);
    });
  });

  test.describe(`${example}: what the testing guide's troubleshooting quotes`, () => {
    test('a repository token without the connection name: the error the unit spec expects', async () => {
      const specFile = path.join(exampleDir(example), 'src', 'secret', 'secret-database.service.spec.ts');
      const region = extractRegion(fs.readFileSync(specFile, 'utf8'), 'token-without-name');
      const expected = region.match(/toThrow\(\s*`([^`]+)`/)?.[1];
      expect(expected, 'the spec should expect an exact message').toBeTruthy();
      const result = await run(exampleDir(example), 'npx', [...runSpecs[runner], 'src/secret']);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain('cannot be built when the token leaves out the connection name');
      expectGuideToQuote(guide, expected!);
    });

    test('the e2e suite refuses a database whose name does not end in _test, and leaves it alone', async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'refused-'));
      const file = path.join(folder, 'music.sqlite');
      const result = await npmRun(exampleDir(example), 'test:e2e', {MUSIC_DB_FILE: file});
      expect(result.code).not.toBe(0);
      const message =
        'MUSIC_DB_FILE points the "default" connection at "music", which is not a test database: the e2e tests empty it. Use a database whose name ends in "_test", or unset it for in-memory sql.js.';
      expect(result.output).toContain(message);
      expect(fs.existsSync(file), 'the refused database must not even be created').toBe(false);
      expectGuideToQuote(guide, message);
    });

    test(`without the name in its options, app.close() ${closeFailure ? 'cannot close' : 'still closes'} the secret connection`, async () => {
      const dir = path.join(exampleDir(example), 'mistakes');
      const {typescriptLoader} = musicSecretExamples.find(({name}) => name === example)!;
      const result = await run(dir, process.execPath, [...typescriptLoader, 'close-without-name.ts'], {TS_NODE_PROJECT: path.join(dir, 'tsconfig.json')});
      if (closeFailure) {
        expect(result.code, result.output).toBe(1);
        expect(result.output).toContain(`app.close() failed: ${closeFailure}`);
        expectGuideToQuote(guide, closeFailure);
      } else {
        expect(result.code, result.output).toBe(0);
        expect(result.output).toContain('CLOSED');
        expect(result.output).toContain('OPEN AFTER CLOSE: default=false secret=false');
        expectGuideToQuote(guide, 'no longer fails');
      }
    });

    // nestjs-query-typeorm 9 depends on uuid 14, an ES module only.
    if (uuidIsEsm)
      test("Jest without the transform for uuid's ES module fails on nestjs-query-typeorm", async () => {
        const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jest-config-')), 'jest.json');
        const manifest = JSON.parse(fs.readFileSync(path.join(exampleDir(example), 'package.json'), 'utf8'));
        // The example's own Jest settings, less the two lines that make Jest compile uuid.
        const {transformIgnorePatterns, ...settings} = manifest.jest;
        expect(transformIgnorePatterns).toBeDefined();
        const transform = {'^.+\\.ts$': settings.transform['^.+\\.ts$']};
        fs.writeFileSync(config, JSON.stringify({...settings, transform, rootDir: exampleDir(example)}));
        const result = await run(exampleDir(example), 'npx', ['jest', '--config', config, 'src/secret']);
        expect(result.code).not.toBe(0);
        const message = "SyntaxError: Unexpected token 'export'";
        expect(result.output).toContain(message);
        expect(result.output).toContain('uuid');
        expectGuideToQuote(guide, message);
      });
  });
}

// Both 9.x lines' answer to "parallel workers": a database per worker, on the drivers the
// environment names (sql.js without URLs; PostgreSQL and MariaDB on the servers).
const parallel = {
  vitest: {args: ['vitest', 'run', '--config', 'vitest.config.e2e.ts', '--maxWorkers=2'], passed: /Test Files +2 passed \(2\)/},
  jest: {args: ['jest', '--config', './test/jest-e2e.json', '--maxWorkers=2'], passed: /Test Suites: 2 passed, 2 total/},
};
for (const {example, guide, runner} of lines.filter((line) => line.workerDatabases)) {
  test(
    `${example}: two e2e spec files in two ${runner === 'vitest' ? 'Vitest' : 'Jest'} workers each get databases of their own, and both pass`,
    {tag: '@servers'},
    async () => {
      const copy = copyOfExample(example);
      try {
        fs.copyFileSync(path.join(copy, 'test', 'app.e2e-spec.ts'), path.join(copy, 'test', 'again.e2e-spec.ts'));
        const {databases, env} = await throwawayDatabases(`par_${process.pid}_test`);
        try {
          const result = await run(copy, 'npx', parallel[runner].args, env);
          expect(result.code, result.output).toBe(0);
          expect(result.output).toMatch(parallel[runner].passed);
          // Each worker made and used its own database next to the one the URL names.
          for (const database of databases) {
            const url = database.env[`${database.role.toUpperCase()}_DB_URL`];
            const made = (await listDatabases(url, database.database.replace(/_test$/, '_'))).filter((name) => name !== database.database);
            expect(made.sort(), database.database).toEqual([1, 2].map((worker) => database.database.replace(/_test$/, `_${worker}_test`)));
            await dropDatabase(url, ...made);
          }
        } finally {
          for (const database of databases) await database.close();
        }
      } finally {
        fs.rmSync(copy, {recursive: true, force: true});
      }
      expectGuideToQuote(guide, "a database of the worker's own");
    },
  );
}

// The NestJS 12 line's answers to "parallel workers" and "resetting between tests", run on the
// drivers the environment names (sql.js without URLs; PostgreSQL and MariaDB on the servers).
test.describe('nestjs-multi-db: resets', {tag: '@servers'}, () => {
  const example = 'nestjs-multi-db';
  const guide = 'docs/nestjs-query/testing.mdx';

  test('dropDatabase() drops the tables of the connection’s schema or database, never the database itself', async () => {
    const url = process.env.MUSIC_DB_URL ?? process.env.SECRET_DB_URL;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'drop-'));
    const database = url ? await openServer('music', url, `drop_${process.pid}`) : await openSqlJsFile('music', path.join(folder, 'drop.sqlite'));
    try {
      // The example's own TypeORM, as its tests load it.
      const {DataSource} = createRequire(path.join(exampleDir(example), 'package.json'))('typeorm') as {DataSource: TypeormDataSource};
      const options = url
        ? {type: database.driver as 'postgres' | 'mariadb', url: database.env.MUSIC_DB_URL}
        : {type: 'sqljs' as const, location: database.database, autoSave: true};
      const dataSource = await new DataSource(options).initialize();
      try {
        await dataSource.query('CREATE TABLE gone (id integer)');
        if (database.driver === 'postgres') {
          await dataSource.query('CREATE SCHEMA kept');
          await dataSource.query('CREATE TABLE kept.kept (id integer)');
          await dataSource.query(`CREATE FUNCTION answer() RETURNS integer AS 'SELECT 42' LANGUAGE sql`);
        }
        await dataSource.dropDatabase();
        // The same connection still works: the database is there.
        expect(await dataSource.query('SELECT 1 AS one')).toEqual([{one: 1}]);
        if (database.driver === 'postgres') {
          expect(await dataSource.query(`SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('public', 'kept')`)).toEqual([
            {table_schema: 'kept', table_name: 'kept'},
          ]);
          expect(await dataSource.query('SELECT answer() AS answer')).toEqual([{answer: 42}]);
        }
      } finally {
        await dataSource.destroy();
      }
      expect(await database.tables()).not.toContain('gone');
    } finally {
      await database.close();
    }
    expectGuideToQuote(guide, 'Despite its name, `dropDatabase()` never drops the database.');
  });
});

/** The part of TypeORM's DataSource this file uses. */
type TypeormDataSource = new (options: object) => {
  initialize(): Promise<InstanceType<TypeormDataSource>>;
  query(sql: string): Promise<unknown>;
  dropDatabase(): Promise<void>;
  destroy(): Promise<void>;
};
