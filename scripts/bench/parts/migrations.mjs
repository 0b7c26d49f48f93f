// Bench part: migrations per connection in the NestJS examples, and the example's own Jest suite.
// Figures: `npm run migration:run:<connection>` on a fresh database per example, connection and
// driver (sql.js always; PostgreSQL and MariaDB when the local servers answer), the same CLI's
// start-up alone (`migration:show` on the migrated database, so run minus show is the migrations'
// own time), and the wall time of `npm test` in examples/nestjs-multi-db on sql.js.
// Runnable alone: node scripts/bench/index.mjs --only migrations
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {exampleDir} from '../../../tools/exampleApp.mjs';

const require = createRequire(import.meta.url);
const pgServer = (process.env.EXAMPLES_PG_URL ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
const mariadbServer = (process.env.EXAMPLES_MARIADB_URL ?? 'mariadb://root@127.0.0.1:3306').replace(/\/$/, '');
const examples = ['nestjs-multi-db', 'nestjs-multi-db-legacy'];
const connections = ['music', 'secret'];

/** Milliseconds that `npm run <script>` takes in `dir`; throws with its output when it fails. */
function timeNpm(dir, script, env) {
  const started = performance.now();
  const result = spawnSync('npm', ['run', script], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', ...env}});
  const ms = Math.round(performance.now() - started);
  if (result.status !== 0) throw new Error(`npm run ${script} in ${dir} failed:\n${result.stdout}${result.stderr}`);
  return ms;
}

/** The drivers reachable here, each with a way to make and drop a database of the bench's own. */
async function servers(log) {
  const found = [];
  const name = `mdh_bench_${Date.now().toString(36)}_${process.pid}`;
  try {
    const pg = require('pg');
    const admin = async (sql) => {
      const client = new pg.Client({connectionString: `${pgServer}/postgres`});
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await admin('SELECT 1');
    found.push({
      driver: 'postgres',
      create: async (db) => (await admin(`CREATE DATABASE "${db}"`), `${pgServer}/${db}`),
      drop: (db) => admin(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`),
      name,
    });
  } catch (error) {
    log(`migrations: PostgreSQL at ${pgServer} not reachable (${error.message}), left out`);
  }
  try {
    const mysql = require('mysql2/promise');
    const admin = async (sql) => {
      const connection = await mysql.createConnection(`${mariadbServer.replace(/^mariadb:/, 'mysql:')}/`);
      try {
        await connection.query(sql);
      } finally {
        await connection.end();
      }
    };
    await admin('SELECT 1');
    found.push({
      driver: 'mariadb',
      create: async (db) => (await admin(`CREATE DATABASE \`${db}\``), `${mariadbServer}/${db}`),
      drop: (db) => admin(`DROP DATABASE IF EXISTS \`${db}\``),
      name,
    });
  } catch (error) {
    log(`migrations: MariaDB at ${mariadbServer} not reachable (${error.message}), left out`);
  }
  return found;
}

export default {
  id: 'migrations',
  title: 'Migrations per connection (NestJS examples)',
  async run(ctx) {
    const figures = {};
    const targets = [{driver: 'sqljs'}, ...(ctx.quick ? [] : await servers(ctx.log))];
    for (const example of ctx.quick ? examples.slice(0, 1) : examples) {
      const dir = exampleDir(example);
      for (const target of targets) {
        for (const connection of connections) {
          const variable = `${connection.toUpperCase()}_DB_${target.driver === 'sqljs' ? 'FILE' : 'URL'}`;
          const db = `${target.name ?? 'bench'}_${example.replace(/-/g, '_')}_${connection}`;
          const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-migrations-'));
          const value = target.driver === 'sqljs' ? path.join(folder, `${connection}.sqlite`) : await target.create(db);
          try {
            const env = {[variable]: value};
            const run = timeNpm(dir, `migration:run:${connection}`, env);
            const show = timeNpm(dir, `migration:show:${connection}`, env);
            figures[`${example} ${connection} on ${target.driver}: migration:run ms`] = run;
            figures[`${example} ${connection} on ${target.driver}: CLI start-up ms (migration:show)`] = show;
            ctx.log(`migrations: ${example} ${connection} on ${target.driver}: run ${run} ms, show ${show} ms`);
          } finally {
            if (target.drop) await target.drop(db);
            fs.rmSync(folder, {recursive: true, force: true});
          }
        }
      }
    }
    const jest = timeNpm(exampleDir('nestjs-multi-db'), 'test', {});
    figures['nestjs-multi-db npm test (Jest, sql.js) wall ms'] = jest;
    ctx.log(`migrations: nestjs-multi-db npm test took ${jest} ms`);
    return {figures};
  },
};
