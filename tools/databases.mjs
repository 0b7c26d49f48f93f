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
 * The server `at` names, and its URL without a database: a server of serverUrls, or any URL on one
 * (postgres://, postgresql://, mysql:// or mariadb://; its database is ignored).
 * @param {Server | string | URL} at
 * @returns {{server: Server, url: URL}}
 */
export function serverAt(at) {
  const url = new URL(at === 'postgres' || at === 'mariadb' ? serverUrls[at] : at);
  url.pathname = '/';
  if (['postgres:', 'postgresql:'].includes(url.protocol)) return {server: 'postgres', url};
  if (['mariadb:', 'mysql:'].includes(url.protocol)) return {server: 'mariadb', url};
  throw new Error(`not a PostgreSQL or MariaDB URL: ${url.protocol}//${url.host}`);
}

/**
 * Runs `action` with a client of the server `at` names; a server that does not answer is an error saying how to start it.
 * @template T
 * @param {Server | string | URL} at
 * @param {(query: (sql: string, params?: unknown[]) => Promise<any[]>) => Promise<T>} action
 * @returns {Promise<T>}
 */
export async function withServer(at, action) {
  const {server, url} = serverAt(at);
  const admin = new URL(url);
  /** @type {any} a pg Client or a mysql2 Connection */
  let client;
  try {
    if (server === 'postgres') {
      admin.pathname = '/postgres';
      client = new pg.Client({connectionString: admin.toString()});
      await client.connect();
    } else {
      admin.protocol = 'mysql:';
      client = await mysql.createConnection(admin.toString());
    }
  } catch (error) {
    throw new Error(`${server} at ${url.host} is not reachable (${/** @type {Error} */ (error).message}). Start it with: ${startCommands[server]}`, {
      cause: error,
    });
  }
  const query =
    server === 'postgres'
      ? async (/** @type {string} */ sql, /** @type {unknown[]} */ params = []) => (await client.query(sql, params)).rows
      : async (/** @type {string} */ sql, /** @type {unknown[]} */ params = []) => /** @type {any[]} */ ((await client.query(sql, params))[0]);
  try {
    return await action(query);
  } finally {
    await client.end();
  }
}

/** @param {Server} server @param {string} name */
const quoted = (server, name) => {
  if (!/^\w+$/.test(name)) throw new Error(`not a safe database name: ${name}`);
  return server === 'postgres' ? `"${name}"` : `\`${name}\``;
};

/**
 * Creates an empty database on the server `at` names and returns its URL; `ifMissing` keeps one
 * that is there already (made by another worker meanwhile, too).
 * @param {Server | string | URL} at
 * @param {string} name letters, digits and _ only
 * @param {{ifMissing?: boolean}} [options]
 */
export async function createDatabase(at, name, {ifMissing = false} = {}) {
  const {server, url} = serverAt(at);
  await withServer(at, async (query) => {
    if (ifMissing && (await databaseNames(server, query)).includes(name)) return;
    await query(`CREATE DATABASE ${ifMissing && server === 'mariadb' ? 'IF NOT EXISTS ' : ''}${quoted(server, name)}`).catch((error) => {
      if (!(ifMissing && error.code === '42P04')) throw error; // 42P04: PostgreSQL's "already exists"
    });
  });
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * @param {Server} server
 * @param {(sql: string) => Promise<any[]>} query
 * @returns {Promise<string[]>}
 */
async function databaseNames(server, query) {
  const rows = await query(server === 'postgres' ? 'SELECT datname AS name FROM pg_database' : 'SELECT schema_name AS name FROM information_schema.schemata');
  return rows.map((row) => String(row.name));
}

/**
 * The databases on the server `at` names whose names start with `prefix`.
 * @param {Server | string | URL} at
 * @param {string} prefix
 * @returns {Promise<string[]>}
 */
export async function listDatabases(at, prefix) {
  const {server} = serverAt(at);
  return withServer(at, async (query) => (await databaseNames(server, query)).filter((name) => name.startsWith(prefix)));
}

/**
 * Drops the databases named (those that exist) on the server `at` names, even with clients still connected.
 * @param {Server | string | URL} at
 * @param {string[]} names
 */
export async function dropDatabase(at, ...names) {
  const {server} = serverAt(at);
  await withServer(at, async (query) => {
    for (const name of names) await query(`DROP DATABASE IF EXISTS ${quoted(server, name)}${server === 'postgres' ? ' WITH (FORCE)' : ''}`);
  });
}

/**
 * Drops every database whose name starts with `prefix`; returns their names.
 * @param {Server | string | URL} at
 * @param {string} prefix
 */
export async function dropDatabases(at, prefix) {
  const names = await listDatabases(at, prefix);
  await dropDatabase(at, ...names);
  return names;
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
