import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {CONNECTION_NAMES, planCliCommand, resolveConnections, type CliPlan, type ModelDefinition, type Resolution} from './index';

// The whole model on the guide's own files: its .env, its models, its mistake files and its
// commands. Single rules, each with its source line, are in conformance-*.spec.ts.

const guideEnv = fs.readFileSync('examples/eloquent-multi-connection/.env.example', 'utf8');
const guideModels: ModelDefinition[] = [
  {name: 'User', kind: 'sql', connectionName: 'mysql', constructorConnection: 'mysql'},
  {name: 'GeoLocation', kind: 'mongo', connectionName: 'mongo', constructorConnection: 'mongo'},
];
const unpinnedSql: ModelDefinition = {name: 'Post', kind: 'sql', constructorConnection: 'sqlite'};

const route = (r: Resolution, model: string) => r.routes.find((x) => x.model === model)!;
const codes = (r: Resolution) => r.findings.map((w) => w.code);
const without = (text: string, key: string) => text.replace(new RegExp(`^${key}=.*$`, 'm'), '');
const targetsOf = (plan: CliPlan) => (plan.kind === 'runs' ? plan.targets.map((t) => t.connection) : plan.kind === 'help' ? 'help' : plan.error);

test.describe("the guide's .env with every driver's credentials", () => {
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

  test('normal mode: nothing to say, and both answers agree for the guide models', () => {
    const r = resolveConnections({envText: guideEnv, models: guideModels, testMode: false});
    expect(r.findings).toEqual([]);
    expect(r.routes.map((x) => [x.model, x.instance.connection, x.resolver.connection])).toEqual([
      ['User', 'mysql', 'mysql'],
      ['GeoLocation', 'mongo', 'mongo'],
    ]);
    expect(route(r, 'User').instance.target!.label).toBe('eloquent_app on 127.0.0.1:3306');
  });

  test('test mode: User still writes to the app mysql database, and the reader is told', () => {
    const r = resolveConnections({envText: guideEnv, models: guideModels, testMode: true});
    expect(route(r, 'User').instance).toMatchObject({connection: 'mysql', thrown: null});
    expect(route(r, 'User').resolver).toMatchObject({connection: 'sqlite_test', reason: 'DB_TEST_CONNECTION'});
    expect(route(r, 'GeoLocation').instance.connection).toBe('mongo');
    expect(route(r, 'GeoLocation').resolver).toMatchObject({connection: 'mongo', reason: 'pinned'});
    expect(r.findings.map((f) => [f.code, f.model])).toEqual([
      ['test-mode-does-not-move', 'User'],
      ['cli-differs', 'User'],
      ['test-mode-does-not-move', 'GeoLocation'],
    ]);
    expect(r.findings[0].message).toContain('eloquent_app on 127.0.0.1:3306');
  });

  test('the unpinned default of the CLI follows DB_CONNECTION, and DB_TEST_CONNECTION in test mode', () => {
    expect(resolveConnections({envText: guideEnv, models: [], testMode: false}).unpinned.connection).toBe('sqlite');
    expect(resolveConnections({envText: guideEnv, models: [], testMode: true}).unpinned.connection).toBe('sqlite_test');
  });
});

test.describe("the guide's mistakes", () => {
  test('DB_CONNECTION=mysql,pg: the package warns when the resolver runs; running instances do not care', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=mysql,pg\n', models: [unpinnedSql], testMode: false});
    const finding = r.findings.find((w) => w.code === 'invalid-selector')!;
    expect(finding).toMatchObject({printed: 'warns', key: 'DB_CONNECTION', packageText: '⚠️ Invalid connection "mysql,pg" — falling back to "mysql".'});
    expect(finding.message).toContain('is not split');
    expect(route(r, 'Post').instance.connection).toBe('sqlite');
    expect(r.unpinned.connection).toBe('mysql');
  });

  for (const dir of ['eloquent-multi-connection', 'eloquent-multi-connection-1.0']) {
    test(`${dir}: each mistake file shown by the guide produces its finding`, () => {
      const several = resolveConnections({envText: fs.readFileSync(`examples/${dir}/mistakes/several-values.env`, 'utf8'), models: [], testMode: false});
      expect(codes(several)).toEqual(['invalid-selector']);
      const custom = resolveConnections({envText: fs.readFileSync(`examples/${dir}/mistakes/custom-selector-keys.env`, 'utf8'), models: [], testMode: false});
      expect(custom.findings.map((w) => [w.key, w.printed])).toEqual([
        ['DB_MYSQL_CONNECTION', 'silent'],
        ['DB_SQLITE_CONNECTION', 'silent'],
        ['DB_PG_CONNECTION', 'silent'],
        ['DB_MONGO_CONNECTION', 'silent'],
      ]);
    });
  }

  test('quoted and exported selectors are read like plain ones', () => {
    for (const envText of ['DB_CONNECTION="pg"', "export DB_CONNECTION='pg'", 'DB_CONNECTION=pg # the app database']) {
      expect(resolveConnections({envText, models: [], testMode: false}).unpinned.connection).toBe('pg');
    }
  });

  test('.env lines dotenv skips, and selectors set twice, are reported', () => {
    const r = resolveConnections({envText: 'DB_CONNECTION=pg\nDB_CONNECTION sqlite\nDB_CONNECTION=mysql', models: [], testMode: false});
    expect(r.unpinned.connection).toBe('mysql');
    expect(r.findings.map((w) => [w.code, w.severity])).toEqual([
      ['ignored-line', 'warning'],
      ['duplicate-key', 'warning'],
    ]);
  });

  test('a missing test key: the same database as the app, said once', () => {
    const r = resolveConnections({envText: without(guideEnv, 'DB_TEST_NAME'), models: [], testMode: false});
    expect(r.targets.mysql_test.databaseKey).toBe(r.targets.mysql.databaseKey);
    expect(r.findings.map((w) => w.message)).toEqual([
      'mysql_test has no test database key, so it takes DB_NAME: tests would use eloquent_app, the same database as mysql.',
    ]);
  });

  test('a test key on another server is still a fallback for the database name', () => {
    const envText = without(guideEnv, 'DB_TEST_NAME').replace('DB_TEST_HOST=127.0.0.1', 'DB_TEST_HOST=db-test.internal');
    const r = resolveConnections({envText, models: [], testMode: false});
    expect(r.targets.mysql_test.databaseKey).not.toBe(r.targets.mysql.databaseKey);
    expect(codes(r)).toEqual(['test-key-fallback']);
  });

  test('two connections given the same SQLite file share a database', () => {
    const envText = guideEnv.replace('SQLITE_TEST_PATH=./storage/app.test.sqlite', 'SQLITE_TEST_PATH=storage/app.sqlite');
    expect(resolveConnections({envText, models: [], testMode: false}).findings.map((w) => [w.code, w.severity])).toEqual([['shared-database', 'warning']]);
  });

  test('a SqlModel given "mongo" throws; its row is never written', () => {
    const r = resolveConnections({envText: guideEnv, models: [{name: 'User', kind: 'sql', constructorConnection: 'mongo'}], testMode: false});
    expect(route(r, 'User').instance).toMatchObject({thrown: 'SqlModel cannot use the mongo connection.', target: null});
    expect(r.findings[0]).toMatchObject({code: 'constructor-throws', printed: 'throws'});
  });
});

test.describe("the guide's CLI lines", () => {
  for (const dir of ['eloquent-multi-connection', 'eloquent-multi-connection-1.0']) {
    test(`${dir}/commands.sh: every command the guide shows runs, on the connections it says`, () => {
      const lines = fs
        .readFileSync(`examples/${dir}/commands.sh`, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('eloquent '));
      expect(lines.map((line) => targetsOf(planCliCommand(line, guideEnv)))).toEqual([
        ['mysql', 'pg', 'sqlite'],
        ['mysql', 'pg', 'sqlite'],
        ['mongo'],
        ['mongo_test'],
      ]);
    });
  }

  test('the Mongo seed goes to the Mongo databases the .env names', () => {
    const plan = planCliCommand('eloquent db:seed --mongo --test --class GeoLocationSeeder', guideEnv);
    expect(plan.kind === 'runs' && plan.targets[0].target.database.value).toBe('eloquent_app_test');
  });

  test('npx, a $ prompt and --class=Name are understood', () => {
    expect(targetsOf(planCliCommand('$ npx eloquent db:seed --sqlite --class=UserSeeder', guideEnv))).toEqual(['sqlite']);
    expect(targetsOf(planCliCommand('eloquent migrate:run users --pg', guideEnv))).toEqual(['pg']);
  });

  test('commands the planner does not know, and an empty line, say so', () => {
    expect(planCliCommand('eloquent migrate:rollback', guideEnv)).toMatchObject({kind: 'error'});
    expect(planCliCommand('', guideEnv)).toMatchObject({kind: 'error'});
    expect(targetsOf(planCliCommand('eloquent migrate:run --class UserSeeder', guideEnv))).toBe("error: unknown option '--class'");
  });
});
