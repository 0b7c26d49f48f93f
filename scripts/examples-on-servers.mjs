// The example tests again, on real database servers: `.ci/run` calls this after `npm test`.
// It runs the tests of the examples whose handbook.json lists "servers" that take MUSIC_DB_URL /
// SECRET_DB_URL, twice:
//
//   1. music on PostgreSQL, secret on MariaDB: every test tagged @servers
//   2. music on PostgreSQL, secret on sql.js (a mixed setup): those tagged @mixed, the apps
//      running both connections (the rest repeat what run 1 and the sql.js runs cover)
//
// Each run gets fresh, uniquely named databases on the local servers (the suite gives every
// example its own `<name>_<example>` database next to them); all of them are dropped at the end,
// also when a run fails. Prints each run's duration and exits non-zero if any run failed.
//
// Servers: EXAMPLES_PG_URL (default postgres://postgres@127.0.0.1:5432) and
// EXAMPLES_MARIADB_URL (default mariadb://root@127.0.0.1:3306).
import {spawnSync} from 'node:child_process';
import {createDatabase, dropDatabases} from '../tools/databases.mjs';
import {listExamples} from '../tools/examples.mjs';
import {root} from '../tools/paths.mjs';

const onServers = listExamples().filter(({description}) => description.servers);
if (onServers.length === 0) {
  console.error('No example lists "servers" in its handbook.json: nothing to run on the database servers.');
  process.exit(1);
}
const base = `mdh_${Date.now().toString(36)}_${process.pid}`;

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Drops every database this script made, and those the suite derived from them. */
async function dropAll() {
  const dropped = [];
  for (const server of /** @type {const} */ (['postgres', 'mariadb'])) {
    const names = await dropDatabases(server, base).catch((error) => {
      console.error(`Could not drop the ${server} databases: ${error.message}`);
      return [];
    });
    dropped.push(...names.map((name) => `${server}:${name}`));
  }
  console.log(`Dropped ${dropped.length} databases: ${dropped.join(', ') || 'none'}`);
}

function playwright(title, tag, env) {
  console.log(`\n> Example tests, ${title}`);
  for (const [name, value] of Object.entries(env)) console.log(`  ${name}=${value}`);
  const since = Date.now();
  const result = spawnSync('npx', ['playwright', 'test', '--project=examples', '--grep', tag], {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, MUSIC_DB_URL: undefined, SECRET_DB_URL: undefined, ...env},
  });
  const ok = result.status === 0;
  console.log(`< ${title}: ${ok ? 'passed' : `FAILED (exit ${result.status ?? result.signal})`} in ${seconds(since)}`);
  return {title, ok, time: seconds(since)};
}

console.log(`Examples on servers: ${onServers.map(({name, description}) => `${name} (${description.servers.join(', ')})`).join(', ')}`);
const started = Date.now();
const runs = [];
let failed = false;
try {
  runs.push(
    playwright('music on PostgreSQL, secret on MariaDB', '@servers', {
      MUSIC_DB_URL: await createDatabase('postgres', `${base}_m1`),
      SECRET_DB_URL: await createDatabase('mariadb', `${base}_s1`),
    }),
  );
  runs.push(playwright('music on PostgreSQL, secret on sql.js', '@mixed', {MUSIC_DB_URL: await createDatabase('postgres', `${base}_m2`)}));
} catch (error) {
  console.error(`\n${error.message}`);
  failed = true;
} finally {
  await dropAll();
}

console.log('');
for (const run of runs) console.log(`${run.ok ? 'ok    ' : 'FAILED'} ${run.title} (${run.time})`);
console.log(`Examples on servers took ${seconds(started)}.`);
process.exit(failed || runs.some((run) => !run.ok) ? 1 : 0);
