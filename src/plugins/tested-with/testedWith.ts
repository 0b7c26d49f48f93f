// What a guide says it was tested with: the versions its example's lockfile installs, and the
// Node versions, databases and date of the example's runs in src/data/compatibility.json
// (written by `npm run matrix`). Read at build time; nothing here is typed by hand.
import fs from 'node:fs';
import path from 'node:path';
import {exampleLockfile, lockedVersions} from '../../../tools/lockfile.mjs';
import {LIBRARIES, TYPESCRIPT} from '../../lib/packageNames';

export interface MatrixRun {
  check: string;
  database?: string;
  passed: boolean;
  tests?: number;
}

export interface MatrixRow {
  example: string;
  stack?: string;
  family: string;
  version: string;
  node: string;
  nodeVersion: string;
  packages: Record<string, string>;
  runs: MatrixRun[];
  verified: string;
}

export function matrixRows(siteDir = process.cwd()): MatrixRow[] {
  const file = path.join(siteDir, 'src', 'data', 'compatibility.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')).rows as MatrixRow[]) : [];
}

export interface TestedWith {
  example: string;
  /** "NestJS 12.6.3", "TypeORM 1.1.3", …; for an example that only type-checks, "TypeScript 6.0.3" */
  packages: string[];
  /** Node versions its matrix rows ran on (the example's own stack) */
  node: string[];
  /** "sql.js 1.17.0", "PostgreSQL 15.20", … every `npm test` of those rows passed on */
  databases: string[];
  /** the newest date on which every run of one of those rows passed */
  verified?: string;
  typecheckOnly: boolean;
}

export function testedWith(example: string, siteDir = process.cwd()): TestedWith {
  const versions = lockedVersions(exampleLockfile(example));
  const rows = matrixRows(siteDir).filter((row) => row.example === example && !row.stack);
  const typecheckOnly = rows.length > 0 ? rows.every((row) => row.runs.every((run) => run.check === 'type-check')) : !versions['@nestjs/core'];
  const shown = typecheckOnly ? [TYPESCRIPT] : LIBRARIES;
  const runs = rows.flatMap((row) => row.runs);
  return {
    example,
    packages: shown.filter(([name]) => versions[name]).map(([name, label]) => `${label} ${versions[name]}`),
    node: [...new Set(rows.map((row) => row.nodeVersion))],
    databases: [...new Set(runs.filter((run) => run.passed && run.database).map((run) => run.database!))],
    verified: lastVerified(rows),
    typecheckOnly,
  };
}

/** The newest date on which every run of one of `rows` passed (`npm run matrix` writes the date it ran). */
export function lastVerified(rows: MatrixRow[]): string | undefined {
  return rows
    .filter((row) => row.runs.every((run) => run.passed))
    .map((row) => row.verified)
    .sort()
    .at(-1);
}

/** "a, b and c" */
export function listed(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** What ran, as a sentence of plain text (the Markdown twins use it too); the date is `verified`. */
export function testedWithText(tested: TestedWith): string {
  const verb = tested.typecheckOnly ? 'Type-checked with' : 'Tested with';
  const parts = [`${verb} ${listed(tested.packages)}`];
  if (tested.node.length) parts.push(`on Node ${listed(tested.node)}`);
  if (tested.databases.length) parts.push(`against ${listed(tested.databases)}`);
  return `${parts.join(', ')}.`;
}
