// The 0.30.x example pins TypeScript 4.9, and its guide says why: NestJS 8 types its parameter
// decorators for a string or symbol key, and TypeScript 5 and later pass `undefined` there for
// constructor parameters (TS1239). The site's own TypeScript (5 or later) shows it on the
// example's real code; the example's pinned 4.9 passing is checked by the shared NestJS suite.
import {expect, test} from '@playwright/test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {exampleDir} from '../../tools/exampleApp.mjs';

const root = path.resolve(__dirname, '..', '..');
const guide = path.join(root, 'nestjs-query_versioned_docs', 'version-0.30.x', 'troubleshooting-multiple-databases.mdx');
const message = [
  'error TS1239: Unable to resolve signature of parameter decorator when called as an expression.',
  "Argument of type 'undefined' is not assignable to parameter of type 'string | symbol'.",
];

test('nestjs-multi-db-legacy: on TypeScript 5 or later its @InjectConnection and @InjectRepository fail with TS1239, as its guide says', () => {
  const example = exampleDir('nestjs-multi-db-legacy');
  const typescript = path.join(root, 'node_modules', 'typescript');
  const {version} = JSON.parse(fs.readFileSync(path.join(typescript, 'package.json'), 'utf8'));
  const major = Number(version.split('.')[0]);
  expect(major).toBeGreaterThanOrEqual(5);
  // TypeORM 0.2's typings are found with the classic node resolution, which TypeScript 6 keeps
  // behind ignoreDeprecations.
  const legacyResolution = ['--moduleResolution', 'node10', ...(major >= 6 ? ['--ignoreDeprecations', `${major}.0`] : [])];
  const result = spawnSync(
    process.execPath,
    [path.join(typescript, 'bin', 'tsc'), '--noEmit', '--pretty', 'false', '-p', path.join(example, 'tsconfig.json'), ...legacyResolution],
    {cwd: example, encoding: 'utf8'},
  );
  expect(result.status).not.toBe(0);

  const errors = result.stdout.split('\n').filter((line) => / error TS\d+:/.test(line));
  // Every error is TS1239, on each constructor parameter that carries one of these decorators.
  expect(errors.map((line) => line.replace(/\((\d+),\d+\).*? error (TS\d+):.*/, ' $2'))).toEqual([
    'src/health/health.controller.ts TS1239',
    'src/health/health.controller.ts TS1239',
    'src/secret/secret-database.service.ts TS1239',
  ]);
  for (const line of errors) {
    const [, file, row] = /^(.*?)\((\d+),/.exec(line)!;
    const source = fs.readFileSync(path.join(example, file), 'utf8').split('\n')[Number(row) - 1];
    expect(source).toMatch(/@(InjectConnection|InjectRepository)\(/);
  }
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  expect(squash(result.stdout)).toContain(squash(message.join('\n')));
  expect(squash(fs.readFileSync(guide, 'utf8'))).toContain(squash(message.join('\n')));
});
