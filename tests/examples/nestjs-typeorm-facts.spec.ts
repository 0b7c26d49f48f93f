// What the NestJS guides say about @nestjs/typeorm and TypeORM, checked against the packages each
// example installs: the tokens a connection name makes, the retry default, and which drivers put
// an entity's schema or database into its table name.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {exampleDir} from '../../tools/exampleApp.mjs';
import {expectGuideToQuote} from './support/guides';
import {musicSecretExamples} from './support/nestjs-examples';

/** A module of the example's own node_modules, as the example loads it. */
function load<T>(example: string, request: string): T {
  return createRequire(path.join(exampleDir(example), 'package.json'))(request) as T;
}

interface NestTypeorm {
  getRepositoryToken(entity: abstract new (...args: never[]) => unknown, name?: string): string;
  getEntityManagerToken(name?: string): unknown;
  getDataSourceToken?(name?: string): unknown;
  getConnectionToken(name?: string): unknown;
}

type BuildTableName = (table: string, schema?: string, database?: string) => string;

// driver file under typeorm/driver, and the table path for table "t", schema "s", database "d"
const tablePaths: [string, string][] = [
  ['postgres/PostgresDriver', 's.t'],
  ['cockroachdb/CockroachDriver', 's.t'],
  ['oracle/OracleDriver', 's.t'],
  ['sap/SapDriver', 's.t'],
  ['mysql/MysqlDriver', 'd.t'],
  ['sqlserver/SqlServerDriver', 'd.s.t'],
  ['sqljs/SqljsDriver', 't'],
];

for (const {name: example, guide, facts} of musicSecretExamples) {
  test.describe(example, () => {
    test("the connection name on forRoot/forRootAsync names the connection's tokens; forFeature's name the repository's", () => {
      const typeorm = load<NestTypeorm>(example, '@nestjs/typeorm');
      const version = load<{version: string}>(example, '@nestjs/typeorm/package.json').version;
      expect(version).toBe(facts.nestTypeormVersion);
      const connectionToken = (typeorm.getDataSourceToken ?? typeorm.getConnectionToken)('secret');
      expect(connectionToken).toBe(facts.connectionToken);
      expect(typeorm.getEntityManagerToken('secret')).toBe('secretEntityManager');
      class SecretEntity {}
      expect(typeorm.getRepositoryToken(SecretEntity, 'secret')).toBe('secret_SecretEntityRepository');
      expect(typeorm.getRepositoryToken(SecretEntity, 'default')).toBe(typeorm.getRepositoryToken(SecretEntity));
      for (const token of [facts.connectionToken, 'secretEntityManager', 'secret_SecretEntityRepository']) {
        expectGuideToQuote(guide, `\`${token}\``);
      }
    });

    test(`the retry default: the code makes ${facts.retryAttempts} attempts 3 s apart`, () => {
      const dist = path.join(exampleDir(example), 'node_modules', '@nestjs', 'typeorm');
      const utils = fs.readFileSync(path.join(dist, 'dist', 'common', 'typeorm.utils.js'), 'utf8');
      expect(utils).toMatch(new RegExp(`function handleRetry\\(retryAttempts = ${facts.retryAttempts}, retryDelay = 3000,`));
      // 11.0.3's doc comment says 10 while its code makes 9; 12's says 10 "including the first one".
      const options = fs.readFileSync(path.join(dist, 'dist', 'interfaces', 'typeorm-options.interface.d.ts'), 'utf8');
      expect(options).toMatch(/\s+\*\s+Default: 10/);
      expectGuideToQuote(guide, `handleRetry(retryAttempts = ${facts.retryAttempts}, retryDelay = 3000, ...)`);
    });

    test("which drivers put an entity's schema or database into its table name", () => {
      for (const [driver, expected] of tablePaths) {
        const module = load<Record<string, {prototype: {buildTableName: BuildTableName}}>>(example, `typeorm/driver/${driver}`);
        const buildTableName = module[path.basename(driver)].prototype.buildTableName;
        expect(buildTableName.call({}, 't', 's', 'd'), driver).toBe(expected);
      }
      // typeorm's "exports" map hides its package.json: read it next to its main file.
      const main = require.resolve('typeorm', {paths: [exampleDir(example)]});
      const {version} = JSON.parse(fs.readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8'));
      expectGuideToQuote(guide, `In TypeORM ${version} (the example's)`);
    });
  });
}
