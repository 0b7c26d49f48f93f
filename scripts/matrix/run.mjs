// One row of the matrix: the example's standalone copy on one Node version, `npm ls` clean,
// `npm start` answering its health check, then its own `npm test` on sql.js and (on the row that runs them) on each
// server its handbook.json lists, with every *_DB_URL variable pointed at a fresh database there
// (less its "sqljsOnlyTests", which would only run on sql.js again).
import fs from 'node:fs';
import path from 'node:path';
import {createDatabase, dropDatabases, serverVersion} from '../../tools/databases.mjs';
import {run, startExample} from '../../tools/exampleApp.mjs';
import {exampleLockfile, lockedVersions} from '../../tools/lockfile.mjs';
import {prepareStandalone} from '../../tools/standaloneExample.mjs';
import {testCounts} from './counts.mjs';
import {nodeOf} from './node.mjs';
import {rowName} from './rows.mjs';
import {escapeRegExp} from '../../tools/text.mjs';

const SERVERS = {postgres: 'postgres', mariadb: 'mariadb', mysql: 'mariadb'};

/**
 * `npm <args>` in the copy, stopped after 10 minutes.
 * @param {string} dir
 * @param {string[]} args
 * @param {Record<string, string>} env
 */
const npm = (dir, args, env) => run(dir, 'npm', args, env, {timeoutMs: 10 * 60_000});

/**
 * @param {import('./rows.mjs').Row} row
 * @param {{base: string, log: (line: string) => void}} options
 */
export async function runRow(row, {base, log}) {
  const {example, stack} = row;
  const node = nodeOf(row.node);
  const dir = prepareStandalone(example.name, {stack, log});
  const PATH = `${node.bin}${path.delimiter}${process.env.PATH}`;
  const packages = lockedVersions(exampleLockfile(example.name, stack));
  /** @type {{check: string, database?: string, passed: boolean, tests?: number, output?: string}[]} */
  const runs = [];

  if (example.description.runs === 'typecheck') {
    const {code, output} = await npm(dir, ['start'], {PATH});
    runs.push({check: 'type-check', passed: code === 0, ...(code === 0 ? {} : {output})});
    log(`${rowName(row)}: type-check ${code === 0 ? 'passed' : 'FAILED'}`);
    return {...rowKey(row), nodeVersion: node.version, packages, runs};
  }

  // What the lockfile installs must satisfy every declared range and peer.
  const ls = await npm(dir, ['ls'], {PATH});
  runs.push({check: 'npm ls', passed: ls.code === 0, ...(ls.code === 0 ? {} : {output: ls.output})});

  try {
    const app = await startExample(example.name, {PATH}, {stack, health: example.description.checks?.health, timeoutMs: 180_000, npmStart: true});
    await app.stop();
    runs.push({check: 'npm start', passed: true});
  } catch (error) {
    runs.push({check: 'npm start', passed: false, output: /** @type {Error} */ (error).message});
  }

  const urlVariables = Object.keys(example.description.env).filter((name) => name.endsWith('_DB_URL'));
  for (const server of [undefined, ...((row.servers && example.description.servers) || [])]) {
    const kind = server && SERVERS[server];
    const database = kind ? await serverVersion(kind) : `sql.js ${packages['sql.js'] ?? ''}`.trim();
    const prefix = `${base}_${runs.length}`;
    /** @type {Record<string, string>} */
    const env = {PATH};
    if (kind) {
      for (const name of urlVariables) env[name] = await createDatabase(kind, `${prefix}_${name.replace(/_URL$/, '').toLowerCase()}_test`);
    }
    try {
      const {code, output} = await npm(dir, ['test', ...(kind ? leaveOut(dir, example.description.sqljsOnlyTests) : [])], env);
      const counts = testCounts(output);
      const passed = code === 0 && counts !== undefined && counts.failed === 0 && counts.passed > 0;
      runs.push({check: 'npm test', database, passed, tests: counts?.passed, ...(passed ? {} : {output: output.slice(-4000)})});
      log(`${rowName(row)}: npm test on ${database} ${passed ? `passed (${counts?.passed} tests)` : 'FAILED'}`);
    } finally {
      if (kind) await dropDatabases(kind, prefix);
    }
  }
  return {...rowKey(row), nodeVersion: node.version, packages, runs};
}

/**
 * The arguments after `npm test` that leave `files` out, in the words of the example's test runner.
 * @param {string} dir
 * @param {string[] | undefined} files
 */
export function leaveOut(dir, files) {
  if (!files) return [];
  const script = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).scripts?.test ?? '';
  if (/\bvitest\b/.test(script)) return ['--', ...files.flatMap((file) => ['--exclude', `**/${file}`])];
  if (/\bjest\b/.test(script)) return ['--', '--testPathIgnorePatterns', '/node_modules/', ...files.map((file) => `${escapeRegExp(file)}$`)];
  throw new Error(`${dir}: "sqljsOnlyTests" needs an npm test that runs Vitest or Jest, not "${script}"`);
}

/** @param {import('./rows.mjs').Row} row */
function rowKey(row) {
  const {name, description} = row.example;
  return {example: name, ...(row.stack ? {stack: row.stack} : {}), family: description.family, version: description.version, node: row.node};
}
