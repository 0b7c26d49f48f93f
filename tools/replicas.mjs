// @ts-check
// Throwaway replication pairs for the read-replica tests and .ci/run: a PostgreSQL primary with a
// streaming replica (pg_basebackup -R) and a MariaDB primary with a binlog replica, each server on
// its own port and data directory under one temp dir. The machine's own servers (5432, 3306) are
// never touched. `stop()` ends every process started here and removes the dirs.
//
//   node tools/replicas.mjs [--delay <seconds>]   starts both pairs, prints their URLs, stops on Ctrl-C
import {execFile, execFileSync, spawn} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const require = createRequire(import.meta.url);

const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** Binaries each pair needs, with the Debian package that has them. */
const binaries = {
  postgres: [
    {file: path.join(pgBin, 'initdb'), pkg: 'postgresql-15'},
    {file: path.join(pgBin, 'pg_ctl'), pkg: 'postgresql-15'},
    {file: path.join(pgBin, 'pg_basebackup'), pkg: 'postgresql-15'},
  ],
  mariadb: [
    {file: '/usr/sbin/mariadbd', pkg: 'mariadb-server'},
    {file: '/usr/bin/mariadb-install-db', pkg: 'mariadb-server'},
  ],
};

/**
 * @typedef {{primary: string, replica: string, startMs: number, stopReplica(): Promise<void>, startReplica(): Promise<void>}} Pair
 * @typedef {{postgres: Pair, mariadb: Pair, delaySeconds: number, stop(): Promise<void>}} Replicas
 */

/**
 * Installs what is missing from Debian's packages when root on apt, else fails naming the package.
 * @param {'postgres' | 'mariadb'} server
 */
function ensureBinaries(server) {
  const missing = binaries[server].filter(({file}) => !fs.existsSync(file));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map(({pkg}) => pkg))];
  if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`${missing.map(({file}) => file).join(', ')} not found: install Debian's ${packages.join(' ')} (apt-get install ${packages.join(' ')})`);
  }
  console.log(`Installing Debian's ${packages.join(' ')} for the replica tests (apt-get install)...`);
  execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit'});
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
    stdio: 'inherit',
    env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'},
  });
}

/** @returns {Promise<number>} a port nothing listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const run = promisify(execFile);

/** Runs a command as `user` (the servers refuse to run as root). */
async function runAs(/** @type {string} */ user, /** @type {string} */ file, /** @type {string[]} */ args) {
  const [command, commandArgs] = process.getuid?.() === 0 ? ['runuser', ['-u', user, '--', file, ...args]] : [file, args];
  try {
    await run(command, commandArgs);
  } catch (error) {
    const {stderr = ''} = /** @type {{stderr?: string}} */ (error);
    throw new Error(`${path.basename(file)} failed: ${stderr.trim() || /** @type {Error} */ (error).message}`, {cause: error});
  }
}

function chown(/** @type {string} */ dir, /** @type {string} */ user) {
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', `${user}:`, dir]);
}

/** Polls `check` until it resolves true, or fails with `what` after `timeoutMs`. */
async function waitFor(/** @type {string} */ what, /** @type {() => Promise<boolean>} */ check, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s${last ? `: ${/** @type {Error} */ (last).message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A PostgreSQL 15 primary (wal_level=replica) and a hot standby cloned from it with pg_basebackup -R.
 * @param {string} dir
 * @param {number} delaySeconds recovery_min_apply_delay of the replica
 * @returns {Promise<Pair & {stop(): Promise<void>}>}
 */
async function startPostgres(dir, delaySeconds) {
  const since = Date.now();
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const primaryDir = path.join(dir, 'pg-primary');
  const replicaDir = path.join(dir, 'pg-replica');
  const pgCtl = path.join(pgBin, 'pg_ctl');
  await runAs('postgres', path.join(pgBin, 'initdb'), ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const settings = (/** @type {number} */ port) =>
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50 -c shared_buffers=16MB`;
  fs.appendFileSync(path.join(primaryDir, 'postgresql.conf'), `wal_level = replica\nmax_wal_senders = 4\n`);
  await runAs('postgres', pgCtl, ['-D', primaryDir, '-o', settings(primaryPort), '-l', path.join(dir, 'pg-primary.log'), '-w', 'start']);
  const stopServer = async (/** @type {string} */ dataDir) => {
    if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) await runAs('postgres', pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
  };
  const stop = async () => {
    await stopServer(replicaDir);
    await stopServer(primaryDir);
  };
  try {
    await runAs('postgres', path.join(pgBin, 'pg_basebackup'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      '--checkpoint=fast',
      '--no-sync',
    ]);
    if (delaySeconds > 0) fs.appendFileSync(path.join(replicaDir, 'postgresql.auto.conf'), `recovery_min_apply_delay = '${delaySeconds}s'\n`);
    const startReplica = async () => {
      await runAs('postgres', pgCtl, ['-D', replicaDir, '-o', settings(replicaPort), '-l', path.join(dir, 'pg-replica.log'), '-w', 'start']);
    };
    await startReplica();
    const primary = `postgres://postgres@127.0.0.1:${primaryPort}`;
    const replica = `postgres://postgres@127.0.0.1:${replicaPort}`;
    await waitFor('PostgreSQL replica streaming', async () => {
      const rows = await pgQuery(primary, 'postgres', 'SELECT state FROM pg_stat_replication');
      return rows.some((row) => row.state === 'streaming');
    });
    return {primary, replica, startMs: Date.now() - since, stopReplica: () => stopServer(replicaDir), startReplica, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A MariaDB primary (--log-bin) and a replica following it from its first binlog event (GTID).
 * @param {string} dir
 * @param {number} delaySeconds MASTER_DELAY of the replica
 * @returns {Promise<Pair & {stop(): Promise<void>}>}
 */
async function startMariadb(dir, delaySeconds) {
  const since = Date.now();
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  /** @type {Map<string, import('node:child_process').ChildProcess>} */
  const running = new Map();
  const install = async (/** @type {string} */ name) => {
    const dataDir = path.join(dir, name);
    fs.mkdirSync(dataDir);
    chown(dataDir, 'mysql');
    // normal: root without a password, over TCP too, as on the machine's own server
    await run('/usr/bin/mariadb-install-db', [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--user=mysql',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ]).catch((error) => {
      throw new Error(`mariadb-install-db --datadir=${dataDir} failed: ${String(error.stderr || error.message).trim()}`, {cause: error});
    });
    return dataDir;
  };
  // One after the other: two installs at once failed now and then.
  const primaryDir = await install('mariadb-primary');
  const replicaDir = await install('mariadb-replica');
  const start = async (/** @type {string} */ name, /** @type {string} */ dataDir, /** @type {number} */ port, /** @type {string[]} */ extra) => {
    const log = fs.openSync(path.join(dir, `${name}.log`), 'a');
    const child = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(dataDir, 'mariadb.sock')}`,
        `--pid-file=${path.join(dataDir, 'mariadb.pid')}`,
        '--user=mysql',
        '--skip-name-resolve',
        '--innodb-buffer-pool-size=16M',
        '--innodb-flush-log-at-trx-commit=0',
        '--max-connections=50',
        ...extra,
      ],
      {stdio: ['ignore', log, log]},
    );
    running.set(name, child);
    child.once('exit', () => running.delete(name));
    const url = `mariadb://root@127.0.0.1:${port}`;
    await waitFor(`MariaDB ${name} on port ${port}`, async () => {
      if (child.exitCode !== null) throw new Error(`mariadbd exited with ${child.exitCode}: see ${path.join(dir, `${name}.log`)}`);
      await mariadbQuery(url, 'SELECT 1');
      return true;
    });
    return url;
  };
  const stopServer = async (/** @type {string} */ name) => {
    const child = running.get(name);
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  const stop = async () => {
    await stopServer('mariadb-replica');
    await stopServer('mariadb-primary');
  };
  try {
    const primary = await start('mariadb-primary', primaryDir, primaryPort, ['--server-id=1', '--log-bin=mariadb-bin', '--binlog-format=ROW']);
    const startReplica = async () => {
      await start('mariadb-replica', replicaDir, replicaPort, ['--server-id=2', '--relay-log=relay-bin']);
    };
    await startReplica();
    const replica = `mariadb://root@127.0.0.1:${replicaPort}`;
    await mariadbQuery(
      replica,
      `CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=${primaryPort}, MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1, MASTER_DELAY=${delaySeconds}`,
    );
    await mariadbQuery(replica, 'START SLAVE');
    await waitFor('MariaDB replica connected', async () => {
      const [status] = await mariadbQuery(replica, 'SHOW SLAVE STATUS');
      return status?.Slave_IO_Running === 'Yes' && status?.Slave_SQL_Running === 'Yes';
    });
    return {primary, replica, startMs: Date.now() - since, stopReplica: () => stopServer('mariadb-replica'), startReplica, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Runs one statement on a PostgreSQL server of a pair.
 * @param {string} url server URL without a database
 * @param {string} database
 * @param {string} sql
 * @returns {Promise<any[]>}
 */
export async function pgQuery(url, database, sql) {
  const pg = require('pg');
  const client = new pg.Client({connectionString: `${url}/${database}`});
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Runs one statement on a MariaDB server of a pair.
 * @param {string} url server URL, with or without a database
 * @param {string} sql
 * @returns {Promise<any[]>}
 */
export async function mariadbQuery(url, sql) {
  const mysql = require('mysql2/promise');
  const connection = await mysql.createConnection(url.replace(/^mariadb:/, 'mysql:'));
  try {
    return /** @type {any[]} */ ((await connection.query(sql))[0]);
  } finally {
    await connection.end();
  }
}

/**
 * Starts both pairs, each replica applying changes `delaySeconds` after the primary commits them.
 * @param {{delaySeconds?: number}} [options]
 * @returns {Promise<Replicas>}
 */
export async function startReplicas({delaySeconds = 0} = {}) {
  ensureBinaries('postgres');
  ensureBinaries('mariadb');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mdh-replicas-'));
  fs.chmodSync(dir, 0o755);
  chown(dir, 'postgres');
  /** @type {Array<{stop(): Promise<void>}>} */
  const started = [];
  const stop = async () => {
    for (const pair of started.reverse()) await pair.stop().catch((error) => console.error(`Stopping a replica pair: ${error.message}`));
    try {
      fs.rmSync(dir, {recursive: true, force: true, maxRetries: 5});
    } catch (error) {
      console.error(`Could not remove ${dir}: ${/** @type {Error} */ (error).message}`);
    }
  };
  // Both pairs at once; one that started is still stopped when the other fails.
  const results = await Promise.allSettled([startPostgres(dir, delaySeconds), startMariadb(dir, delaySeconds)]);
  for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    const logs = fs.readdirSync(dir).filter((file) => file.endsWith('.log'));
    const output = logs.map((file) => `--- ${file}\n${fs.readFileSync(path.join(dir, file), 'utf8').slice(-2000)}`).join('\n');
    await stop();
    throw new Error(`${failed.reason.message}${output ? `\n${output}` : ''}`, {cause: failed.reason});
  }
  const [postgres, mariadb] = /** @type {Array<PromiseFulfilledResult<Pair & {stop(): Promise<void>}>>} */ (results).map((result) => result.value);
  return {postgres, mariadb, delaySeconds, stop};
}

// No top-level await: the tests load this module with require().
async function main() {
  const at = process.argv.indexOf('--delay');
  const replicas = await startReplicas({delaySeconds: at > 0 ? Number(process.argv[at + 1]) : 0});
  for (const server of /** @type {const} */ (['postgres', 'mariadb'])) {
    const {primary, replica, startMs} = replicas[server];
    console.log(`${server}: primary ${primary}, replica ${replica} (started in ${(startMs / 1000).toFixed(1)} s)`);
  }
  console.log('Ctrl-C stops both pairs and removes their data.');
  const end = async () => {
    await replicas.stop();
    process.exit(0);
  };
  process.once('SIGINT', end);
  process.once('SIGTERM', end);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
