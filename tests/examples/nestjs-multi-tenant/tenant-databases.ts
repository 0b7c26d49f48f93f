// Tenant databases for one test run, opened directly (never through the app) so a test can see
// which rows really are where and which connections are still open.
//
// Tenants are spread over the drivers this run has: sql.js files always, plus PostgreSQL and
// MariaDB when `.ci/run` provides servers (scripts/examples-on-servers.mjs sets MUSIC_DB_URL /
// SECRET_DB_URL to fresh databases; the server of each is used). Every server database is
// created here, named after the given one (so the script's clean-up also matches it), and
// dropped by dropAll().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import initSqlJs from 'sql.js';

export type Driver = 'sqljs' | 'postgres' | 'mariadb';

export interface TenantDatabase {
  id: string;
  driver: Driver;
  /** the catalogue's databaseUrl */
  databaseUrl: string;
  /** notes rows, read straight from the tenant's database */
  titles(): Promise<string[]>;
  /** connections the app holds to it (always 0 for sql.js, which has none) */
  connections(): Promise<number>;
  /**
   * Servers only: locks the notes table from a connection of the test's own, so that the app's
   * queries on it wait (a slow query on demand); resolves with the function that unlocks it.
   */
  lockNotes?(): Promise<() => Promise<void>>;
  /** Servers only: the app's queries waiting for that lock right now. */
  waitingQueries?(): Promise<number>;
}

/** Our own connections say so, and are not counted as the app's. */
const ownName = 'handbook-tests';

function serverUrls(): Partial<Record<'postgres' | 'mariadb', URL>> {
  const found: Partial<Record<'postgres' | 'mariadb', URL>> = {};
  for (const value of [process.env.MUSIC_DB_URL, process.env.SECRET_DB_URL]) {
    if (!value) continue;
    const url = new URL(value);
    if (url.protocol === 'postgres:' || url.protocol === 'postgresql:') found.postgres ??= url;
    if (url.protocol === 'mariadb:' || url.protocol === 'mysql:') found.mariadb ??= url;
  }
  return found;
}

/** The drivers tenants go to in this run: sql.js, then each server that is configured. */
export function availableDrivers(): Driver[] {
  const servers = serverUrls();
  return ['sqljs', ...(['postgres', 'mariadb'] as const).filter((d) => servers[d])];
}

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

export class TenantDatabases {
  readonly filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nestjs-multi-tenant-'));
  readonly tenants: TenantDatabase[] = [];
  private readonly created: {driver: Driver; name: string}[] = [];
  private readonly run = `mt${Date.now().toString(36).slice(-4)}${Math.random().toString(36).slice(2, 5)}`;

  /** Adds a tenant on `driver` (its database made empty and new) and returns it. */
  async add(id: string, driver: Driver): Promise<TenantDatabase> {
    const tenant = driver === 'sqljs' ? this.sqlJsTenant(id) : await this.serverTenant(id, driver);
    this.tenants.push(tenant);
    return tenant;
  }

  /** Writes the tenants (and any extra entries) as the app's TENANTS_FILE; returns its path. */
  writeTenantsFile(extra: {id: string; databaseUrl: string}[] = []): string {
    const file = path.join(this.filesDir, 'tenants.json');
    const entries = [...this.tenants.map(({id, databaseUrl}) => ({id, name: id, databaseUrl})), ...extra];
    fs.writeFileSync(file, JSON.stringify(entries, null, 2));
    return file;
  }

  get(id: string): TenantDatabase {
    const tenant = this.tenants.find((t) => t.id === id);
    if (!tenant) throw new Error(`no test tenant "${id}"`);
    return tenant;
  }

  async dropAll(): Promise<void> {
    const servers = serverUrls();
    for (const {driver, name} of this.created) {
      if (driver === 'postgres') await withPostgres(servers.postgres!, 'postgres', (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      if (driver === 'mariadb') await withMariadb(servers.mariadb!, (c) => c.query(`DROP DATABASE IF EXISTS \`${name}\``));
    }
    fs.rmSync(this.filesDir, {recursive: true, force: true});
  }

  private sqlJsTenant(id: string): TenantDatabase {
    const file = path.join(this.filesDir, `${id}.sqlite`);
    return {
      id,
      driver: 'sqljs',
      databaseUrl: `sqljs:${id}.sqlite`,
      async titles() {
        if (!fs.existsSync(file)) return [];
        const SQL = await (sqlJs ??= initSqlJs());
        const db = new SQL.Database(fs.readFileSync(file)); // written whole after each change (autoSave)
        try {
          return (db.exec('SELECT title FROM notes ORDER BY id')[0]?.values ?? []).map((row) => String(row[0]));
        } finally {
          db.close();
        }
      },
      connections: async () => 0,
    };
  }

  private async serverTenant(id: string, driver: 'postgres' | 'mariadb'): Promise<TenantDatabase> {
    const server = serverUrls()[driver];
    if (!server) throw new Error(`no ${driver} server in MUSIC_DB_URL / SECRET_DB_URL`);
    const name = `${server.pathname.slice(1)}_${this.run}_${id.replaceAll('-', '_')}`;
    const url = new URL(server);
    url.pathname = `/${name}`;
    if (driver === 'postgres') {
      await withPostgres(server, 'postgres', (c) => c.query(`CREATE DATABASE "${name}"`));
    } else {
      await withMariadb(server, (c) => c.query(`CREATE DATABASE \`${name}\``));
    }
    this.created.push({driver, name});
    if (driver === 'postgres') {
      return {
        id,
        driver,
        databaseUrl: url.toString(),
        titles: () =>
          withPostgres(server, name, async (c) => {
            const exists = await c.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'notes'`);
            if (!exists.rowCount) return [];
            return (await c.query('SELECT title FROM notes ORDER BY id')).rows.map((r) => r.title as string);
          }),
        connections: () =>
          withPostgres(server, 'postgres', async (c) => {
            const sql = 'SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2';
            return (await c.query(sql, [name, ownName])).rows[0].n as number;
          }),
        async lockNotes() {
          const client = await connectPostgres(server, name);
          await client.query('BEGIN');
          await client.query('LOCK TABLE notes IN ACCESS EXCLUSIVE MODE');
          return async () => {
            await client.query('COMMIT');
            await client.end();
          };
        },
        waitingQueries: () =>
          withPostgres(server, 'postgres', async (c) => {
            const sql = `SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2 AND wait_event_type = 'Lock'`;
            return (await c.query(sql, [name, ownName])).rows[0].n as number;
          }),
      };
    }
    return {
      id,
      driver,
      databaseUrl: url.toString(),
      titles: () =>
        withMariadb(server, async (c) => {
          const [tables] = await c.query('SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?', [name, 'notes']);
          if (!(tables as unknown[]).length) return [];
          const [rows] = await c.query(`SELECT title FROM \`${name}\`.notes ORDER BY id`);
          return (rows as {title: string}[]).map((r) => r.title);
        }),
      connections: () =>
        withMariadb(server, async (c) => {
          const [rows] = await c.query('SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()', [name]);
          return Number((rows as {n: number}[])[0].n);
        }),
      async lockNotes() {
        const connection = await connectMariadb(server);
        await connection.query(`LOCK TABLES \`${name}\`.notes WRITE`);
        return async () => {
          await connection.query('UNLOCK TABLES');
          await connection.end();
        };
      },
      waitingQueries: () =>
        withMariadb(server, async (c) => {
          const sql = `SELECT COUNT(*) AS n FROM information_schema.processlist WHERE db = ? AND state LIKE 'Waiting for table%lock'`;
          const [rows] = await c.query(sql, [name]);
          return Number((rows as {n: number}[])[0].n);
        }),
    };
  }
}

async function connectPostgres(server: URL, database: string): Promise<pg.Client> {
  const url = new URL(server);
  url.pathname = `/${database}`;
  const client = new pg.Client({connectionString: url.toString(), application_name: ownName});
  await client.connect();
  return client;
}

async function withPostgres<T>(server: URL, database: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connectPostgres(server, database);
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

function connectMariadb(server: URL): Promise<mysql.Connection> {
  const url = new URL(server);
  url.protocol = 'mysql:';
  url.pathname = '/';
  return mysql.createConnection(url.toString());
}

async function withMariadb<T>(server: URL, action: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await connectMariadb(server);
  try {
    return await action(connection);
  } finally {
    await connection.end();
  }
}
