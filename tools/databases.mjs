// @ts-check
// The machine's PostgreSQL and MariaDB servers, as the CI scripts use them: uniquely named
// databases created for one run and dropped after it, never anything else on the server.
import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);
const pg = require('pg');
const mysql = require('mysql2/promise');

/** @typedef {'postgres' | 'mariadb'} Server */

/** Server URLs without a database: EXAMPLES_PG_URL and EXAMPLES_MARIADB_URL, or the machine's own. */
export const serverUrls = {
  postgres: (process.env.EXAMPLES_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, ''),
  mariadb: (process.env.EXAMPLES_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/$/, ''),
};

const startCommands = {
  postgres: 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  mariadb: 'start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd',
};

/**
 * Runs `action` with a client of `server`; a server that does not answer is an error saying how to start it.
 * @template T
 * @param {Server} server
 * @param {(query: (sql: string) => Promise<any[]>) => Promise<T>} action
 * @returns {Promise<T>}
 */
export async function withServer(server, action) {
  const url = serverUrls[server];
  /** @type {any} a pg Client or a mysql2 Connection */
  let client;
  try {
    if (server === 'postgres') {
      client = new pg.Client({connectionString: `${url}/postgres`});
      await client.connect();
    } else {
      client = await mysql.createConnection(`${url.replace(/^mariadb:/, 'mysql:')}/`);
    }
  } catch (error) {
    throw new Error(`${server} at ${url} is not reachable (${/** @type {Error} */ (error).message}). Start it with: ${startCommands[server]}`, {cause: error});
  }
  const query =
    server === 'postgres'
      ? async (/** @type {string} */ sql) => (await client.query(sql)).rows
      : async (/** @type {string} */ sql) => /** @type {any[]} */ ((await client.query(sql))[0]);
  try {
    return await action(query);
  } finally {
    await client.end();
  }
}

/**
 * Creates an empty database and returns its URL.
 * @param {Server} server
 * @param {string} name letters, digits and _ only
 */
export async function createDatabase(server, name) {
  if (!/^\w+$/.test(name)) throw new Error(`not a safe database name: ${name}`);
  await withServer(server, (query) => query(server === 'postgres' ? `CREATE DATABASE "${name}"` : `CREATE DATABASE \`${name}\``));
  return `${serverUrls[server]}/${name}`;
}

/**
 * Drops every database whose name starts with `prefix`; returns their names.
 * @param {Server} server
 * @param {string} prefix
 */
export async function dropDatabases(server, prefix) {
  return withServer(server, async (query) => {
    const rows = await query(server === 'postgres' ? 'SELECT datname AS name FROM pg_database' : 'SELECT schema_name AS name FROM information_schema.schemata');
    const names = rows.map((row) => String(row.name)).filter((name) => name.startsWith(prefix));
    for (const name of names) await query(server === 'postgres' ? `DROP DATABASE "${name}" WITH (FORCE)` : `DROP DATABASE \`${name}\``);
    return names;
  });
}

/**
 * "PostgreSQL 15.19" or "MariaDB 10.11.19", as the server reports itself.
 * @param {Server} server
 */
export async function serverVersion(server) {
  return withServer(server, async (query) => {
    if (server === 'postgres') return `PostgreSQL ${(await query('SHOW server_version'))[0].server_version.split(' ')[0]}`;
    const version = String((await query('SELECT VERSION() AS version'))[0].version);
    return `${version.includes('MariaDB') ? 'MariaDB' : 'MySQL'} ${version.split('-')[0]}`;
  });
}
