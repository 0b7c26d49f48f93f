import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {
  CONNECTION_NAMES,
  planCliCommand,
  resolveConnections,
  type CliPlan,
  type ModelDefinition,
  type Resolution,
} from '../../src/lib/eloquentConnections';

// The connection rules the playground shows, checked row by row against the seed guide
// (eloquent-orm.js 1.1.4 "Multi-Connection Strategy") and the package source it summarises.

const guideEnv = fs.readFileSync('examples/eloquent-multi-connection/.env.example', 'utf8');
const guideModels: ModelDefinition[] = [
  {name: 'User', kind: 'sql', connectionName: 'mysql'},
  {name: 'GeoLocation', kind: 'mongo', connectionName: 'mongo'},
];
const unpinnedSql: ModelDefinition = {name: 'Post', kind: 'sql'};

const route = (r: Resolution, model: string) => r.routes.find((x) => x.model === model)!;
const codes = (r: Resolution) => r.warnings.map((w) => w.code);
const without = (text: string, key: string) => text.replace(new RegExp(`^${key}=.*$`, 'm'), '');
const targetsOf = (plan: CliPlan) => (plan.ok ? plan.targets.map((t) => t.connection) : plan.error);

test.describe('seed guide: correct .env', () => {
  const seedCorrect = 'DB_CONNECTION=sqlite\nDB_TEST_CONNECTION=sqlite_test\n';

  test('DB_CONNECTION=sqlite sends an unpinned model to sqlite', () => {
    const r = resolveConnections({envText: seedCorrect, models: [unpinnedSql], testMode: false});
    expect(route(r, 'Post')).toMatchObject({connection: 'sqlite', reason: 'DB_CONNECTION', error: null});
    expect(r.warnings).toEqual([]);
  });

  test('DB_TEST_CONNECTION=sqlite_test sends it to sqlite_test in test mode', () => {
    const r = resolveConnections({envText: seedCorrect, models: [unpinnedSql], testMode: true});
    expect(route(r, 'Post')).toMatchObject({connection: 'sqlite_test', reason: 'DB_TEST_CONNECTION'});
    expect(r.warnings).toEqual([]);
  });

  test('without any credential key the built-in defaults apply, and no test key "falls back"', () => {
    const r = resolveConnections({envText: seedCorrect, models: [], testMode: false});
    expect(r.targets.mysql.database).toEqual({value: 'eloquentjs', from: null});
    expect(r.targets.mysql_test.database).toEqual({value: 'db_test', from: null});
    expect(r.targets.sqlite.database).toEqual({value: './data.sqlite', from: null});
    expect(r.targets.sqlite_test.database).toEqual({value: './data.test.sqlite', from: null});
    expect(codes(r)).not.toContain('test-key-fallback');
  });
});

test.describe("seed guide: the full .env with every driver's credentials", () => {
  const expected = {
    mysql: ['mysql', 'eloquent_app', 'DB_NAME', '127.0.0.1', '3306'],
    mysql_test: ['mysql', 'eloquent_app_test', 'DB_TEST_NAME', '127.0.0.1', '3306'],
    pg: ['pg', 'eloquent_app_pg', 'PG_NAME', '127.0.0.1', '5432'],
    pg_test: ['pg', 'eloquent_app_pg_test', 'PG_TEST_NAME', '127.0.0.1', '5432'],
    sqlite: ['sqlite', './storage/app.sqlite', 'SQLITE_PATH'],
    sqlite_test: ['sqlite', './storage/app.test.sqlite', 'SQLITE_TEST_PATH'],
    mongo: ['mongo', 'eloquent_app', 'MONGO_DB'],
    mongo_test: ['mongo', 'eloquent_app_test', 'MONGO_TEST_DB'],
  } as const;

  for (const connection of CONNECTION_NAMES) {
    test(`${connection} points at ${expected[connection][1]}`, () => {
      const t = resolveConnections({envText: guideEnv, models: [], testMode: false}).targets[connection];
      const [driver, database, from, host, port] = expected[connection];
      expect(t.driver).toBe(driver);
      expect(t.database).toEqual({value: database, from});
      if (host) expect([t.host?.value, t.port?.value]).toEqual([host, port]);
    });
  }

  test('no warnings: every test key is set and no two connections share a database', () => {
    for (const testMode of [false, true]) {
      const r = resolveConnections({envText: guideEnv, models: [unpinnedSql, {name: 'Pinned', kind: 'sql', connectionName: 'pg_test'}], testMode});
      expect(r.warnings).toEqual([]);
    }
  });

  test('User is pinned to mysql and GeoLocation to mongo; DB_CONNECTION is the fallback for the rest', () => {
    const r = resolveConnections({envText: guideEnv, models: [...guideModels, unpinnedSql], testMode: false});
    expect(route(r, 'User')).toMatchObject({connection: 'mysql', reason: 'pinned', error: null});
    expect(route(r, 'User').target.label).toBe('eloquent_app on 127.0.0.1:3306');
    expect(route(r, 'GeoLocation')).toMatchObject({connection: 'mongo', reason: 'pinned', error: null});
    expect(route(r, 'Post')).toMatchObject({connection: 'sqlite', reason: 'DB_CONNECTION'});
    expect(r.warnings).toEqual([]);
  });

  test('test mode: a pin to mysql gives way to DB_TEST_CONNECTION; a pin to mongo is kept, with a warning', () => {
    const r = resolveConnections({envText: guideEnv, models: guideModels, testMode: true});
    expect(route(r, 'User')).toMatchObject({connection: 'sqlite_test', reason: 'DB_TEST_CONNECTION'});
    expect(route(r, 'User').explanation).toContain('The pin mysql is ignored in test mode');
    expect(route(r, 'GeoLocation')).toMatchObject({connection: 'mongo', reason: 'pinned'});
    expect(r.warnings).toEqual([
      expect.objectContaining({code: 'mongo-pin-in-test', model: 'GeoLocation', connection: 'mongo'}),
    ]);
  });

  test('test mode keeps a pin to a _test connection', () => {
    const r = resolveConnections({envText: guideEnv, models: [{name: 'Audit', kind: 'sql', connectionName: 'pg_test'}], testMode: true});
    expect(route(r, 'Audit')).toMatchObject({connection: 'pg_test', reason: 'pinned'});
  });
});

test.describe('seed guide: incorrect .env', () => {
  test('DB_CONNECTION=mysql,pg is not split: it is warned about and falls back to mysql', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=mysql,pg\n', models: [unpinnedSql, guideModels[1]], testMode: false});
    expect(route(r, 'Post')).toMatchObject({connection: 'mysql', reason: 'default'});
    expect(route(r, 'Post').explanation).toBe('DB_CONNECTION=mysql,pg is not a connection: the resolver warns and falls back to mysql.');
    const warning = r.warnings.find((w) => w.code === 'invalid-selector')!;
    expect(warning).toMatchObject({severity: 'error', key: 'DB_CONNECTION'});
    expect(warning.message).toContain('is not split');
    // A pinned model is not affected by the bad selector.
    expect(route(r, 'GeoLocation').connection).toBe('mongo');
  });

  for (const key of ['DB_MYSQL_CONNECTION', 'DB_SQLITE_CONNECTION', 'DB_PG_CONNECTION', 'DB_MONGO_CONNECTION']) {
    test(`${key} is ignored, and the reader is told`, () => {
      const r = resolveConnections({envText: `${key}=${key.split('_')[1].toLowerCase()}\n`, models: [unpinnedSql], testMode: false});
      expect(r.warnings).toEqual([expect.objectContaining({code: 'ignored-key', key, severity: 'warning'})]);
      expect(route(r, 'Post')).toMatchObject({connection: 'mysql', reason: 'default'});
    });
  }

  for (const dir of ['eloquent-multi-connection', 'eloquent-multi-connection-1.0']) {
    test(`${dir}: each mistake file shown by the guide produces its warning`, () => {
      const several = resolveConnections({envText: fs.readFileSync(`examples/${dir}/mistakes/several-values.env`, 'utf8'), models: [], testMode: false});
      expect(codes(several)).toEqual(['invalid-selector']);
      const custom = resolveConnections({envText: fs.readFileSync(`examples/${dir}/mistakes/custom-selector-keys.env`, 'utf8'), models: [], testMode: false});
      expect(custom.warnings.map((w) => w.key)).toEqual(['DB_MYSQL_CONNECTION', 'DB_SQLITE_CONNECTION', 'DB_PG_CONNECTION', 'DB_MONGO_CONNECTION']);
    });
  }
});

test.describe('selectors', () => {
  test('DB_CONNECTION unset or empty: the default, mysql', () => {
    for (const envText of ['', 'DB_CONNECTION=\n']) {
      const r = resolveConnections({envText, models: [unpinnedSql], testMode: false});
      expect(route(r, 'Post')).toMatchObject({connection: 'mysql', reason: 'default'});
      expect(codes(r)).not.toContain('invalid-selector');
    }
  });

  test('quoted and exported selectors are read like plain ones', () => {
    for (const envText of ['DB_CONNECTION="pg"', "export DB_CONNECTION='pg'", 'DB_CONNECTION=pg # the app database']) {
      expect(route(resolveConnections({envText, models: [unpinnedSql], testMode: false}), 'Post').connection).toBe('pg');
    }
  });

  test('a name is case-sensitive: MySQL is not a connection', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=MySQL', models: [unpinnedSql], testMode: false});
    expect(codes(r)).toEqual(['invalid-selector']);
  });

  test('an invalid DB_TEST_CONNECTION is ignored in test mode: mysql_test', () => {
    const r = resolveConnections({envText: 'DB_TEST_CONNECTION=sqlite-test', models: [unpinnedSql], testMode: true});
    expect(route(r, 'Post')).toMatchObject({connection: 'mysql_test', reason: 'default'});
    expect(r.warnings).toEqual([expect.objectContaining({code: 'invalid-selector', key: 'DB_TEST_CONNECTION'})]);
  });

  test('test mode without DB_TEST_CONNECTION: mysql_test, whatever DB_CONNECTION says', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=sqlite', models: [unpinnedSql], testMode: true});
    expect(route(r, 'Post')).toMatchObject({connection: 'mysql_test', reason: 'default'});
  });

  test('NODE_ENV=test does not turn on test mode', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=sqlite\nDB_TEST_CONNECTION=sqlite_test\nNODE_ENV=test', models: [unpinnedSql], testMode: false});
    expect(route(r, 'Post').connection).toBe('sqlite');
    expect(codes(r)).toEqual(['node-env']);
  });

  test('a pin that is not a connection name falls back to mysql, with an error', () => {
    const r = resolveConnections({envText: guideEnv, models: [{name: 'Odd', kind: 'sql', connectionName: 'postgres'}], testMode: false});
    expect(route(r, 'Odd')).toMatchObject({connection: 'mysql', reason: 'default'});
    expect(codes(r)).toEqual(['invalid-pin']);
  });

  test('.env lines dotenv skips, and selectors set twice, are reported', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=pg\nDB_CONNECTION sqlite\nDB_CONNECTION=mysql', models: [unpinnedSql], testMode: false});
    expect(route(r, 'Post').connection).toBe('mysql');
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['ignored-line', 'warning'],
      ['duplicate-key', 'warning'],
    ]);
  });
});

test.describe('credentials', () => {
  test('a missing test key falls back to the runtime key: warned, and the databases are one', () => {
    const r = resolveConnections({envText: without(guideEnv, 'DB_TEST_NAME'), models: [], testMode: false});
    expect(r.targets.mysql_test.database).toEqual({value: 'eloquent_app', from: 'DB_NAME'});
    expect(r.targets.mysql_test.databaseKey).toBe(r.targets.mysql.databaseKey);
    expect(r.warnings).toEqual([expect.objectContaining({code: 'test-key-fallback', connection: 'mysql_test'})]);
    expect(r.warnings[0].message).toBe('mysql_test has no test database key, so it falls back to DB_NAME: tests would use eloquent_app, the same database as mysql.');
  });

  for (const [key, connection, from] of [
    ['PG_TEST_NAME', 'pg_test', 'PG_NAME'],
    ['SQLITE_TEST_PATH', 'sqlite_test', 'SQLITE_PATH'],
    ['MONGO_TEST_DB', 'mongo_test', 'MONGO_DB'],
  ] as const) {
    test(`${key} missing: ${connection} uses ${from}`, () => {
      const r = resolveConnections({envText: without(guideEnv, key), models: [], testMode: false});
      expect(r.targets[connection].database.from).toBe(from);
      expect(r.warnings).toEqual([expect.objectContaining({code: 'test-key-fallback', connection})]);
    });
  }

  test('a test key that names a different server is still a fallback for the database name', () => {
    const envText = without(guideEnv, 'DB_TEST_NAME').replace('DB_TEST_HOST=127.0.0.1', 'DB_TEST_HOST=db-test.internal');
    const r = resolveConnections({envText, models: [], testMode: false});
    expect(r.targets.mysql_test.databaseKey).not.toBe(r.targets.mysql.databaseKey);
    expect(r.warnings.map((w) => w.message)).toEqual([
      'mysql_test has no test database key, so it falls back to DB_NAME: tests would use eloquent_app.',
    ]);
  });

  test('two connections given the same SQLite file share a database', () => {
    const envText = guideEnv.replace('SQLITE_TEST_PATH=./storage/app.test.sqlite', 'SQLITE_TEST_PATH=storage/app.sqlite');
    const r = resolveConnections({envText, models: [], testMode: false});
    expect(r.warnings).toEqual([expect.objectContaining({code: 'shared-database', severity: 'warning', connection: 'sqlite_test'})]);
  });

  test('ELOQUENT_DB_ROLE=migration prefers the *_MIGRATION_* keys', () => {
    const envText = 'DB_HOST=app-db\nDB_MIGRATION_HOST=admin-db\nDB_MIGRATION_USER=migrator\nDB_NAME=app';
    expect(resolveConnections({envText, models: [], testMode: false}).targets.mysql.host).toEqual({value: 'app-db', from: 'DB_HOST'});
    const r = resolveConnections({envText: `${envText}\nELOQUENT_DB_ROLE=migration`, models: [], testMode: false});
    expect(r.targets.mysql.host).toEqual({value: 'admin-db', from: 'DB_MIGRATION_HOST'});
    expect(r.targets.mysql.user).toEqual({value: 'migrator', from: 'DB_MIGRATION_USER'});
  });

  test('a port that is not a number falls back to the default port', () => {
    expect(resolveConnections({envText: 'PG_PORT=five', models: [], testMode: false}).targets.pg.port).toEqual({value: '5432', from: null});
  });
});

test.describe('a model on the wrong kind of connection', () => {
  test('a SQL model pinned to mongo: SqlModel refuses it', () => {
    const r = resolveConnections({envText: guideEnv, models: [{name: 'User', kind: 'sql', connectionName: 'mongo'}], testMode: false});
    expect(route(r, 'User').connection).toBe('mongo');
    expect(route(r, 'User').error).toContain('SqlModel refuses Mongo connections');
    expect(r.warnings).toEqual([expect.objectContaining({code: 'model-driver-mismatch', severity: 'error', model: 'User'})]);
  });

  test('an unpinned Mongo model follows DB_CONNECTION=sqlite and cannot work there', () => {
    const r = resolveConnections({envText: guideEnv, models: [{name: 'GeoLocation', kind: 'mongo'}], testMode: false});
    expect(route(r, 'GeoLocation').connection).toBe('sqlite');
    expect(route(r, 'GeoLocation').error).toContain('MongoModel requires a Mongo connection');
  });

  test('an unpinned SQL model with DB_TEST_CONNECTION=mongo_test fails in test mode only', () => {
    const envText = guideEnv.replace('DB_TEST_CONNECTION=sqlite_test', 'DB_TEST_CONNECTION=mongo_test');
    expect(route(resolveConnections({envText, models: [unpinnedSql], testMode: false}), 'Post').error).toBeNull();
    expect(route(resolveConnections({envText, models: [unpinnedSql], testMode: true}), 'Post').error).toContain('mongo_test');
  });
});

test.describe('CLI targeting', () => {
  test("seed guide: eloquent migrate:run --all-connections --all-migrations → mysql, pg, sqlite", () => {
    const plan = planCliCommand('eloquent migrate:run --all-connections --all-migrations', guideEnv);
    expect(plan).toMatchObject({ok: true, command: 'migrate:run', test: false, via: 'all-connections'});
    expect(targetsOf(plan)).toEqual(['mysql', 'pg', 'sqlite']);
  });

  test('seed guide: eloquent db:seed --all-connections --class UserSeeder → mysql, pg, sqlite (never mongo)', () => {
    const plan = planCliCommand('eloquent db:seed --all-connections --class UserSeeder', guideEnv);
    expect(targetsOf(plan)).toEqual(['mysql', 'pg', 'sqlite']);
  });

  test('seed guide: eloquent db:seed --mongo --class GeoLocationSeeder → mongo', () => {
    const plan = planCliCommand('eloquent db:seed --mongo --class GeoLocationSeeder', guideEnv);
    expect(plan).toMatchObject({ok: true, via: 'flag'});
    expect(targetsOf(plan)).toEqual(['mongo']);
    expect(plan.ok && plan.targets[0].target.database.value).toBe('eloquent_app');
  });

  test('seed guide: eloquent db:seed --mongo --test --class GeoLocationSeeder → mongo_test', () => {
    const plan = planCliCommand('eloquent db:seed --mongo --test --class GeoLocationSeeder', guideEnv);
    expect(targetsOf(plan)).toEqual(['mongo_test']);
    expect(plan.ok && plan.targets[0].target.database.value).toBe('eloquent_app_test');
  });

  for (const dir of ['eloquent-multi-connection', 'eloquent-multi-connection-1.0']) {
    test(`${dir}/commands.sh: every command the guide shows plans without an error`, () => {
      const lines = fs.readFileSync(`examples/${dir}/commands.sh`, 'utf8').split('\n').filter((l) => l.startsWith('eloquent '));
      expect(lines).toHaveLength(4);
      for (const line of lines) expect(planCliCommand(line, guideEnv).ok).toBe(true);
    });
  }

  test('--all-connections --test → the three SQL test twins', () => {
    expect(targetsOf(planCliCommand('eloquent migrate:run --all-connections --test', guideEnv))).toEqual(['mysql_test', 'pg_test', 'sqlite_test']);
  });

  test('--all-connections wins over a driver flag', () => {
    expect(targetsOf(planCliCommand('eloquent db:seed --all-connections --mongo', guideEnv))).toEqual(['mysql', 'pg', 'sqlite']);
  });

  test('one driver flag, with and without --test', () => {
    for (const driver of ['mysql', 'pg', 'sqlite'] as const) {
      expect(targetsOf(planCliCommand(`eloquent migrate:run --${driver}`, guideEnv))).toEqual([driver]);
      expect(targetsOf(planCliCommand(`eloquent migrate:run --${driver} --test`, guideEnv))).toEqual([`${driver}_test`]);
    }
  });

  test('two driver flags are an error', () => {
    expect(planCliCommand('eloquent db:seed --mysql --pg', guideEnv)).toEqual({
      ok: false,
      command: 'db:seed',
      error: 'Choose only one explicit connection flag or use --all-connections.',
    });
  });

  test('no flag: the resolver picks DB_CONNECTION, or DB_TEST_CONNECTION with --test', () => {
    expect(planCliCommand('eloquent migrate:run', guideEnv)).toMatchObject({ok: true, via: 'resolver'});
    expect(targetsOf(planCliCommand('eloquent migrate:run', guideEnv))).toEqual(['sqlite']);
    expect(targetsOf(planCliCommand('eloquent db:seed --test', guideEnv))).toEqual(['sqlite_test']);
    expect(targetsOf(planCliCommand('eloquent db:seed --test', 'DB_CONNECTION=pg'))).toEqual(['mysql_test']);
    expect(targetsOf(planCliCommand('eloquent db:seed', 'DB_CONNECTION=mysql,pg'))).toEqual(['mysql']);
  });

  test('migrate:run on mongo is accepted but skipped, and says so', () => {
    const plan = planCliCommand('eloquent migrate:run --mongo', guideEnv);
    expect(targetsOf(plan)).toEqual(['mongo']);
    expect(plan.ok && plan.targets[0].note).toContain('not SQL-based');
    const seed = planCliCommand('eloquent db:seed --mongo', guideEnv);
    expect(seed.ok && seed.targets[0].note).toBeUndefined();
  });

  test('mistyped commands get the error the CLI gives', () => {
    expect(planCliCommand('eloquent db:seed --mongodb', guideEnv)).toMatchObject({ok: false, error: "error: unknown option '--mongodb'"});
    expect(planCliCommand('eloquent db:seed --class', guideEnv)).toMatchObject({ok: false, error: "error: option '--class <name>' argument missing"});
    expect(planCliCommand('eloquent migrate:run --class UserSeeder', guideEnv)).toMatchObject({ok: false});
    expect(planCliCommand('eloquent migrate:rollback', guideEnv)).toMatchObject({ok: false});
    expect(planCliCommand('', guideEnv)).toMatchObject({ok: false});
  });

  test('npx, a $ prompt and --class=Name are understood', () => {
    expect(targetsOf(planCliCommand('$ npx eloquent db:seed --sqlite --class=UserSeeder', guideEnv))).toEqual(['sqlite']);
    expect(targetsOf(planCliCommand('eloquent migrate:run users --pg', guideEnv))).toEqual(['pg']);
  });
});
