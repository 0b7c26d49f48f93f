// The example tests again, on real database servers: `.ci/run` calls this after `npm test`.
// It runs the tests tagged @servers (those that take MUSIC_DB_URL / SECRET_DB_URL) of the
// examples whose handbook.json lists "servers", twice:
//
//   1. music on PostgreSQL, secret on MariaDB
//   2. music on PostgreSQL, secret on sql.js (a mixed setup)
//
// Each run gets fresh, uniquely named databases on the local servers (the suite gives every
// example its own `<name>_<example>` database next to them); all of them are dropped at the end,
// also when a run fails. Prints each run's duration and exits non-zero if any run failed.
//
// Servers: EXAMPLES_PG_URL (default postgres://postgres@127.0.0.1:5432) and
// EXAMPLES_MARIADB_URL (default mariadb://root@127.0.0.1:3306).
import {spawnSync} from 'node:child_process';
import {createRequire} from 'node:module';
import {listExamples} from '../tools/examples.mjs';
import {root} from '../tools/paths.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const mysql = require('mysql2/promise');

const onServers = listExamples().filter(({description}) => description.servers);
if (onServers.length === 0) {
  console.error('No example lists "servers" in its handbook.json: nothing to run on the database servers.');
  process.exit(1);
}
const pgServer = (process.env.EXAMPLES_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const mariadbServer = (process.env.EXAMPLES_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/$/, '');
const base = `mdh_${Date.now().toString(36)}_${process.pid}`;

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

async function withPostgres(action) {
  const client = new pg.Client({connectionString: `${pgServer}/postgres`});
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${pgServer} is not reachable (${error.message}). Start it with: ` +
        'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
      {cause: error},
    );
  }
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

async function withMariadb(action) {
  let connection;
  try {
    connection = await mysql.createConnection(`${mariadbServer.replace(/^mariadb:/, 'mysql:')}/`);
  } catch (error) {
    throw new Error(
      `MariaDB at ${mariadbServer} is not reachable (${error.message}). Start it with: ` +
        'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd',
      {cause: error},
    );
  }
  try {
    return await action(connection);
  } finally {
    await connection.end();
  }
}

const createPostgres = (name) => withPostgres((c) => c.query(`CREATE DATABASE "${name}"`));
const createMariadb = (name) => withMariadb((c) => c.query(`CREATE DATABASE \`${name}\``));

/** Drops every database this script made, and those the suite derived from them. */
async function dropAll() {
  const dropped = [];
  await withPostgres(async (client) => {
    const {rows} = await client.query('SELECT datname FROM pg_database');
    for (const {datname} of rows.filter((r) => r.datname.startsWith(base))) {
      await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
      dropped.push(`postgres:${datname}`);
    }
  }).catch((error) => console.error(`Could not drop the PostgreSQL databases: ${error.message}`));
  await withMariadb(async (connection) => {
    const [rows] = await connection.query('SHOW DATABASES');
    for (const name of rows.map((r) => r.Database).filter((n) => n.startsWith(base))) {
      await connection.query(`DROP DATABASE \`${name}\``);
      dropped.push(`mariadb:${name}`);
    }
  }).catch((error) => console.error(`Could not drop the MariaDB databases: ${error.message}`));
  console.log(`Dropped ${dropped.length} databases: ${dropped.join(', ') || 'none'}`);
}

function playwright(title, env) {
  console.log(`\n> Example tests, ${title}`);
  for (const [name, value] of Object.entries(env)) console.log(`  ${name}=${value}`);
  const since = Date.now();
  const result = spawnSync('npx', ['playwright', 'test', '--project=examples', '--grep', '@servers'], {
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
  await createPostgres(`${base}_m1`);
  await createMariadb(`${base}_s1`);
  runs.push(
    playwright('music on PostgreSQL, secret on MariaDB', {
      MUSIC_DB_URL: `${pgServer}/${base}_m1`,
      SECRET_DB_URL: `${mariadbServer}/${base}_s1`,
    }),
  );
  await createPostgres(`${base}_m2`);
  runs.push(playwright('music on PostgreSQL, secret on sql.js', {MUSIC_DB_URL: `${pgServer}/${base}_m2`}));
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
