// The NestJS multi-database examples, starting: `npm start` as a reader runs it, a database
// server that is down, and each mistake the guide's troubleshooting section describes, set up
// for real. Every message a guide quotes must come out of one of these runs.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {extractRegion} from '../../src/lib/regions';
import {connectionHealth} from '../../tools/health.mjs';
import {exampleDir, freePort, ownTsc, run, spawnExample, startExample, type Run} from '../../tools/exampleApp.mjs';
import {graphqlData} from './support/graphql';
import {anyDuplicateWarning, mistakeTitles, musicSecretExamples, type MistakeId} from './support/nestjs-examples';
import {expectGuideToQuote} from './support/guides';

test.describe.configure({mode: 'parallel'});

// Each example keeps its mistake programs in its own mistakes/ folder, so they resolve the
// example's packages as its src/ does; helpers there (app-with.ts, boot.ts) are not programs.
const mistakesDir = (example: string) => path.join(exampleDir(example), 'mistakes');

function mistakePrograms(example: string): string[] {
  return fs
    .readdirSync(mistakesDir(example))
    .filter((file) => file.endsWith('.ts') && /^boot\(/m.test(fs.readFileSync(path.join(mistakesDir(example), file), 'utf8')))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort();
}

/** Runs a program of the mistakes/ folder with the example's own TypeScript loader, to its end. */
function runProgram(example: string, program: string, env: Record<string, string> = {}): Promise<Run> {
  const dir = mistakesDir(example);
  const {typescriptLoader} = musicSecretExamples.find(({name}) => name === example)!;
  return run(dir, process.execPath, [...typescriptLoader, `${program}.ts`], {...env, TS_NODE_PROJECT: path.join(dir, 'tsconfig.json')});
}

const runMistake = (example: string, mistake: MistakeId) => runProgram(example, mistake);

const typecheck = (example: string, project: string) => ownTsc(exampleDir(example), ['--noEmit', '-p', project]);

for (const {name: example, guide, mistakes, silent, serverDown} of musicSecretExamples) {
  test.describe(example, () => {
    test('npm start with nothing configured serves GraphQL on two in-memory sql.js databases, and try-it.graphql works there', async () => {
      const app = await startExample(example, {}, {npmStart: true});
      try {
        expect(app.health.status).toBe('ok');
        expect(connectionHealth(app.health)).toEqual([
          {name: 'default', driver: 'sqljs', database: ':memory:', ok: true},
          {name: 'secret', driver: 'sqljs', database: ':memory:', ok: true},
        ]);
        // The operations the guide and the README offer, on the fresh database they are written for.
        const operations = fs.readFileSync(path.join(exampleDir(example), 'try-it.graphql'), 'utf8');
        const created = await graphqlData(app.url, extractRegion(operations, 'create'));
        expect(created).toEqual({artist: {id: '1'}, album: {id: '1'}, song: {id: '1'}, secret: {id: '1'}});
        const {artists, secrets} = await graphqlData(app.url, extractRegion(operations, 'query'));
        expect(artists).toEqual({
          totalCount: 1,
          edges: [{node: {name: 'Nina Simone', albums: [{title: 'Pastel Blues', year: 1965, songs: [{title: 'Sinnerman'}]}]}}],
        });
        expect(secrets.edges).toEqual([{node: {name: 'api-key', value: 's3cr3t', createdAt: expect.any(String)}}]);
      } finally {
        await app.stop();
      }
    });

    for (const [role, variable, scheme, database] of [
      ['music', 'MUSIC_DB_URL', 'postgres', 'music'],
      ['secret', 'SECRET_DB_URL', 'mariadb', 'secret'],
    ] as const) {
      test(`a ${role} server that is down stops the app with a message naming its connection`, async () => {
        const closedPort = await freePort();
        const started = Date.now();
        const user = scheme === 'postgres' ? 'postgres' : 'root';
        // The app as built, as `npm run start:prod` runs it; `npm start` has the first test.
        const {child} = await spawnExample(example, {[variable]: `${scheme}://${user}@127.0.0.1:${closedPort}/${database}`});
        await child.exited;
        console.log(`${example}: exited ${Date.now() - started} ms after starting with the ${role} server down`);
        expect(child.exitCode, child.output).not.toBe(0);
        for (const line of serverDown[role]) {
          expect(child.output).toContain(line.replaceAll('{port}', String(closedPort)));
          expectGuideToQuote(guide, line);
        }
        // Fails fast: a couple of attempts, not @nestjs/typeorm's default (9 or 10), 3 s apart.
        expect(child.output.match(/Unable to connect to the database/g)?.length).toBeLessThanOrEqual(2);
        // And never got as far as serving.
        expect(child.output).not.toContain('Nest application successfully started');
      });
    }

    for (const [mistake, lines] of Object.entries(mistakes) as [MistakeId, string[]][]) {
      test(`troubleshooting: ${mistakeTitles[mistake]}`, async () => {
        const child = await runMistake(example, mistake);
        expect(child.code, child.output).toBe(1);
        expect(child.output).not.toContain('STARTED');
        for (const line of lines) {
          expect(child.output).toContain(line);
          expectGuideToQuote(guide, line);
        }
        for (const text of silent[mistake] ?? []) expect(child.output).not.toContain(text);
      });
    }

    test('the synchronous variant (src/sync-app.module.ts, TypeOrmModule.forRoot) opens each connection on its own database', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${example}-for-root-`));
      try {
        const [music, secret] = [path.join(dir, 'music.sqlite'), path.join(dir, 'secret.sqlite')];
        const child = await runProgram(example, 'sync-app-module', {MUSIC_DB_FILE: music, SECRET_DB_FILE: secret});
        expect(child.code, child.output).toBe(0);
        expect(child.output).toContain('STARTED');
        expect(child.output).not.toContain(anyDuplicateWarning);
        const report = child.output.match(/^HEALTH (.*)$/m)?.[1];
        expect(report, child.output).toBeDefined();
        expect(JSON.parse(report!).status).toBe('ok');
        expect(connectionHealth(JSON.parse(report!))).toEqual([
          {name: 'default', driver: 'sqljs', database: music, ok: true},
          {name: 'secret', driver: 'sqljs', database: secret, ok: true},
        ]);
      } finally {
        fs.rmSync(dir, {recursive: true, force: true});
      }
    });

    test('every mistake program in mistakes/ has the messages it must print', () => {
      expect(mistakePrograms(example)).toEqual(Object.keys(mistakes).sort());
    });

    test('the example and the mistakes type-check: the mistakes only fail at run time', () => {
      const own = typecheck(example, path.join(exampleDir(example), 'tsconfig.json'));
      expect(own.output).toBe('');
      expect(own.code).toBe(0);
      const broken = typecheck(example, path.join(mistakesDir(example), 'tsconfig.json'));
      expect(broken.output).toBe('');
      expect(broken.code).toBe(0);
    });
  });
}
