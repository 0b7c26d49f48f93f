// The two databases an example runs on, opened directly (never through the app) so a test can
// see which rows and tables really are where.
//
// Without MUSIC_DB_URL / SECRET_DB_URL: sql.js files in a fresh temporary folder
// (MUSIC_DB_FILE / SECRET_DB_FILE). With them: the server and database they name, except that
// each example gets a database of its own, `<name>_<example>` (created when missing), because
// the two release lines would otherwise fight over the same tables. The URLs' own databases are
// left alone; scripts/examples-on-servers.mjs drops `<name>` and `<name>_*` when it is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import initSqlJs from 'sql.js';
import {createDatabase, serverAt} from '../../../tools/databases.mjs';

export type Role = 'music' | 'secret';

export interface DatabaseInspector {
  role: Role;
  /** what GET /health should report for this connection */
  driver: string;
  database: string;
  /** how the example is pointed at it: {MUSIC_DB_FILE: ...} or {MUSIC_DB_URL: ...} */
  env: Record<string, string>;
  tables(): Promise<string[]>;
  /** rows of `table` whose `column` equals `value` (0 when the table does not exist) */
  count(table: string, column: string, value: string): Promise<number>;
  /** all rows of `table` */
  rowCount(table: string): Promise<number>;
  /** runs one statement that returns nothing (identifiers unquoted: write them as every driver reads them) */
  execute(sql: string): Promise<void>;
  close(): Promise<void>;
}

const envName = (role: Role, kind: 'URL' | 'FILE') => `${role.toUpperCase()}_DB_${kind}`;

/** `nestjs-multi-db-legacy` -> `nestjs_multi_db_legacy` */
const suffixFor = (example: string) => example.replace(/[^a-zA-Z0-9]+/g, '_').toLowerCase();

export async function openDatabases(example: string): Promise<Record<Role, DatabaseInspector>> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `${example}-`));
  const open = async (role: Role) => {
    const url = process.env[envName(role, 'URL')];
    return url ? openServer(role, url, suffixFor(example)) : openSqlJsFile(role, path.join(folder, `${role}.sqlite`));
  };
  return {music: await open('music'), secret: await open('secret')};
}

let sqlJs: ReturnType<typeof initSqlJs> | undefined;

export async function openSqlJsFile(role: Role, file: string): Promise<DatabaseInspector> {
  const SQL = await (sqlJs ??= initSqlJs());
  // The example writes the whole file after each change (sql.js autoSave): read it afresh.
  const query = (sql: string, params: (string | number)[] = []) => {
    if (!fs.existsSync(file)) return [];
    const db = new SQL.Database(fs.readFileSync(file));
    try {
      const result = db.exec(sql, params);
      return result[0]?.values ?? [];
    } finally {
      db.close();
    }
  };
  const tables = async () => query(`SELECT name FROM sqlite_master WHERE type = 'table'`).map((row) => String(row[0]));
  return {
    role,
    driver: 'sqljs',
    database: file,
    env: {[envName(role, 'FILE')]: file},
    tables,
    async count(table, column, value) {
      if (!(await tables()).includes(table)) return 0;
      return Number(query(`SELECT COUNT(*) FROM "${table}" WHERE "${column}" = ?`, [value])[0][0]);
    },
    async rowCount(table) {
      if (!(await tables()).includes(table)) return 0;
      return Number(query(`SELECT COUNT(*) FROM "${table}"`)[0][0]);
    },
    async execute(sql) {
      const db = new SQL.Database(fs.readFileSync(file));
      try {
        db.run(sql);
        fs.writeFileSync(file, db.export());
      } finally {
        db.close();
      }
    },
    async close() {},
  };
}

export async function openServer(role: Role, given: string, suffix: string): Promise<DatabaseInspector> {
  const url = new URL(given);
  const database = `${url.pathname.slice(1)}_${suffix}`;
  const own = await createDatabase(url, database, {ifMissing: true});
  const env = {[envName(role, 'URL')]: own};

  if (serverAt(url).server === 'postgres') {
    const client = new pg.Client({connectionString: own});
    await client.connect();
    const tables = async () =>
      (await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((row) => row.table_name as string);
    return {
      role,
      driver: 'postgres',
      database,
      env,
      tables,
      async count(table, column, value) {
        if (!(await tables()).includes(table)) return 0;
        return (await client.query(`SELECT COUNT(*)::int AS n FROM "${table}" WHERE "${column}" = $1`, [value])).rows[0].n;
      },
      async rowCount(table) {
        if (!(await tables()).includes(table)) return 0;
        return (await client.query(`SELECT COUNT(*)::int AS n FROM "${table}"`)).rows[0].n;
      },
      async execute(sql) {
        await client.query(sql);
      },
      close: () => client.end(),
    };
  }

  const connection = await mysql.createConnection(own.replace(/^mariadb:/, 'mysql:'));
  const tables = async () => {
    const [rows] = await connection.query('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()');
    return (rows as {t: string}[]).map((row) => row.t);
  };
  return {
    role,
    driver: url.protocol === 'mariadb:' ? 'mariadb' : 'mysql',
    database,
    env,
    tables,
    async count(table, column, value) {
      if (!(await tables()).includes(table)) return 0;
      const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${table}\` WHERE \`${column}\` = ?`, [value]);
      return Number((rows as {n: number}[])[0].n);
    },
    async rowCount(table) {
      if (!(await tables()).includes(table)) return 0;
      const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${table}\``);
      return Number((rows as {n: number}[])[0].n);
    },
    async execute(sql) {
      await connection.query(sql);
    },
    close: () => connection.end(),
  };
}
