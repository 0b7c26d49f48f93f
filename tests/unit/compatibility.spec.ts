import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {exampleLockfile, lockedVersions} from '../../tools/lockfile.mjs';
import {matrixRows as rowsToRun, rowName} from '../../scripts/matrix/rows.mjs';
import {lastVerified, matrixRows as recordedRows, testedWith, testedWithText, type MatrixRow} from '../../src/plugins/tested-with/testedWith';
import {testCounts} from '../../scripts/matrix/counts.mjs';
import {leaveOut} from '../../scripts/matrix/run.mjs';

// src/data/compatibility.json is what `npm run matrix` ran; the compatibility page and every
// guide's "tested with" line are built from it and from the lockfiles. CI runs the matrix again
// (--check); these tests catch a stale file without running anything.

test('every matrix row is recorded, with the versions its lockfile installs today', () => {
  const recorded = recordedRows();
  for (const row of rowsToRun()) {
    const found = recorded.find((r) => r.example === row.example.name && (r.stack ?? undefined) === row.stack && r.node === row.node);
    expect(found, `${rowName(row)} is not in src/data/compatibility.json: run npm run matrix -- --only ${row.example.name}`).toBeDefined();
    expect(found!.packages, `${rowName(row)}: the lockfile changed since the matrix ran`).toEqual(lockedVersions(exampleLockfile(row.example.name, row.stack)));
    expect(found!.runs.every((run) => run.passed)).toBe(true);
  }
  for (const row of recorded) {
    expect(fs.existsSync(exampleLockfile(row.example, row.stack)), `${row.example} ${row.stack ?? ''} is recorded but no longer exists`).toBe(true);
  }
});

test('the tested-with line names the lockfile versions and the recorded runs', () => {
  const tested = testedWith('nestjs-multi-db-legacy');
  const versions = lockedVersions(exampleLockfile('nestjs-multi-db-legacy'));
  expect(tested.packages).toContain(`NestJS ${versions['@nestjs/core']}`);
  expect(tested.packages).toContain(`TypeORM ${versions.typeorm}`);
  expect(
    testedWithText({...tested, node: ['20.19.0', '24.22.3'], databases: ['sql.js 1.16.0', 'PostgreSQL 15.20', 'MariaDB 10.11.19'], verified: '2026-12-05'}),
  ).toBe(
    `Tested with ${tested.packages.slice(0, -1).join(', ')} and ${tested.packages.at(-1)}, on Node 20.19.0 and 24.22.3, against sql.js 1.16.0, PostgreSQL 15.20 and MariaDB 10.11.19.`,
  );
  expect(testedWith('eloquent-multi-connection').typecheckOnly).toBe(true);
});

test('"last verified" is the newest run date on which all of a row\'s runs passed', () => {
  const row = (verified: string, passed: boolean): MatrixRow => ({
    example: 'nestjs-multi-db',
    family: 'nestjs-query',
    version: '9.x',
    node: '20',
    nodeVersion: '20.19.0',
    packages: {},
    runs: [
      {check: 'npm start', passed: true},
      {check: 'npm test', database: 'sql.js 1.17.0', passed},
    ],
    verified,
  });
  expect(lastVerified([row('2026-12-01', true), row('2026-12-03', true), row('2026-12-04', false)])).toBe('2026-12-03');
  expect(lastVerified([row('2026-12-04', false)])).toBeUndefined();
  // Every example a guide shows has a date from its recorded runs.
  for (const example of new Set(recordedRows().map((r) => r.example))) expect(testedWith(example).verified, example).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("the matrix counts tests from each runner's closing lines, and finds none in other output", () => {
  expect(testCounts(' Test Files  3 passed (3)\n      Tests  1 failed | 40 passed (41)\n')).toEqual({passed: 40, failed: 1});
  expect(testCounts('Tests:       2 failed, 11 passed, 13 total\n')).toEqual({passed: 11, failed: 2});
  expect(testCounts('npm ERR! missing script: test\n')).toBeUndefined();
});

test("the matrix's server runs leave an example's sql.js-only test files out, in its test runner's words", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leave-out-'));
  const withTest = (test: string) => fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({scripts: {test}}));
  expect(leaveOut(dir, undefined)).toEqual([]);
  withTest('vitest run --config ./vitest.config.e2e.ts');
  expect(leaveOut(dir, ['test/mistakes.e2e-spec.ts'])).toEqual(['--', '--exclude', '**/test/mistakes.e2e-spec.ts']);
  withTest('jest --config ./test/jest-e2e.json');
  expect(leaveOut(dir, ['test/mistakes.e2e-spec.ts'])).toEqual(['--', '--testPathIgnorePatterns', '/node_modules/', 'test/mistakes\\.e2e-spec\\.ts$']);
  withTest('node --test');
  expect(() => leaveOut(dir, ['test/a.ts'])).toThrow('"sqljsOnlyTests" needs an npm test that runs Vitest or Jest, not "node --test"');
});
