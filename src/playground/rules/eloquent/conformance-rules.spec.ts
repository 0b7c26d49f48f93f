import {resolveConnections} from './index';
import {database, findings, instance, resolver, runCases, target, type Case} from './conformance';

// The model of eloquent-orm.js against the package's own code, case by case. Every expected
// answer was read off the file and line in `src` (MetalDz/Eloquent-ORM.js, newest stored 1.x
// form); line numbers of resolveConnectionName.ts are those of its `.js`-import form.
const R = 'src/core/connection/resolveConnectionName.ts';
const ENV = 'src/config/dbRoleEnv.ts';
const WARN = (name: string) => `⚠️ Invalid connection "${name}" — falling back to "mysql".`;
const guide = 'DB_CONNECTION=sqlite\nDB_TEST_CONNECTION=sqlite_test\n';

const resolverCases: Case[] = [
  // Normal mode: pin || DB_CONNECTION || dbConfig.default || "mysql", then the name check.
  {name: 'no pin, no DB_CONNECTION: mysql', src: `${R}:47-51`, actual: () => resolver('', null, false), expected: ['mysql', null]},
  {name: 'no pin, DB_CONNECTION=pg: pg', src: `${R}:47-51`, actual: () => resolver('DB_CONNECTION=pg', null, false), expected: ['pg', null]},
  {name: 'empty DB_CONNECTION counts as unset', src: `${R}:47-51`, actual: () => resolver('DB_CONNECTION=', null, false), expected: ['mysql', null]},
  {
    name: 'DB_CONNECTION=mysql,pg is one invalid name: warning, mysql',
    src: `${R}:53-57`,
    actual: () => resolver('DB_CONNECTION=mysql,pg', null, false),
    expected: ['mysql', WARN('mysql,pg')],
  },
  {
    name: 'names are case-sensitive: DB_CONNECTION=MySQL warns',
    src: `${R}:53-57`,
    actual: () => resolver('DB_CONNECTION=MySQL', null, false),
    expected: ['mysql', WARN('MySQL')],
  },
  {
    name: 'quoted spaces stay in the name and make it invalid',
    src: `${R}:53-57`,
    actual: () => resolver('DB_CONNECTION=" pg"', null, false),
    expected: ['mysql', WARN(' pg')],
  },
  {name: 'a pin beats DB_CONNECTION', src: `${R}:47-51`, actual: () => resolver('DB_CONNECTION=pg', 'sqlite', false), expected: ['sqlite', null]},
  {name: 'a _test pin is used in normal mode too', src: `${R}:47-51`, actual: () => resolver('', 'mysql_test', false), expected: ['mysql_test', null]},
  {name: 'an invalid pin warns and gives mysql', src: `${R}:53-57`, actual: () => resolver('', 'mysq', false), expected: ['mysql', WARN('mysq')]},
  {
    name: 'an invalid pin does not fall through to a valid DB_CONNECTION',
    src: `${R}:47-57`,
    actual: () => resolver('DB_CONNECTION=pg', 'mysq', false),
    expected: ['mysql', WARN('mysq')],
  },
  {name: 'a mongo pin in normal mode: mongo', src: `${R}:47-51`, actual: () => resolver(guide, 'mongo', false), expected: ['mongo', null]},
  // Test mode: kept pins, then DB_TEST_CONNECTION, then the fallback list; nothing printed.
  {name: 'test mode, no selector: the first fallback, mysql_test', src: `${R}:41-45`, actual: () => resolver('', null, true), expected: ['mysql_test', null]},
  {
    name: 'test mode, DB_TEST_CONNECTION=pg_test',
    src: `${R}:33-39`,
    actual: () => resolver('DB_TEST_CONNECTION=pg_test', null, true),
    expected: ['pg_test', null],
  },
  {
    name: 'test mode accepts an app connection in DB_TEST_CONNECTION',
    src: `${R}:33-39`,
    actual: () => resolver('DB_TEST_CONNECTION=pg', null, true),
    expected: ['pg', null],
  },
  {
    name: 'test mode skips an invalid DB_TEST_CONNECTION without a warning',
    src: `${R}:33-45`,
    actual: () => resolver('DB_TEST_CONNECTION=sqlite,pg', null, true),
    expected: ['mysql_test', null],
  },
  {
    name: 'test mode, empty DB_TEST_CONNECTION: mysql_test',
    src: `${R}:33-45`,
    actual: () => resolver('DB_TEST_CONNECTION=', null, true),
    expected: ['mysql_test', null],
  },
  {name: 'test mode does not read DB_CONNECTION', src: `${R}:19-45`, actual: () => resolver('DB_CONNECTION=pg', null, true), expected: ['mysql_test', null]},
  {
    name: 'test mode passes over a pin to an app SQL connection',
    src: `${R}:20-31`,
    actual: () => resolver(guide, 'mysql', true),
    expected: ['sqlite_test', null],
  },
  {name: 'test mode, app SQL pin and no selector: mysql_test', src: `${R}:20-45`, actual: () => resolver('', 'pg', true), expected: ['mysql_test', null]},
  {name: 'test mode keeps a _test pin', src: `${R}:28-30`, actual: () => resolver(guide, 'pg_test', true), expected: ['pg_test', null]},
  {name: 'test mode keeps a pin to the app mongo connection', src: `${R}:25-30`, actual: () => resolver(guide, 'mongo', true), expected: ['mongo', null]},
  {name: 'test mode keeps a mongo_test pin', src: `${R}:28-30`, actual: () => resolver(guide, 'mongo_test', true), expected: ['mongo_test', null]},
  {
    name: 'test mode passes over an invalid pin without a warning',
    src: `${R}:20-39`,
    actual: () => resolver(guide, 'nope', true),
    expected: ['sqlite_test', null],
  },
];

const CORE = 'src/core/model/CoreModel.ts';
const BASE = 'src/core/model/BaseModel.ts';
const instanceCases: Case[] = [
  {name: 'SqlModel super("users", "mysql"): mysql', src: `${CORE}:96`, actual: () => instance('sql', 'mysql'), expected: ['mysql', null, null]},
  {
    name: 'SqlModel without a connection argument: CoreModel default mysql',
    src: `${CORE}:96`,
    actual: () => instance('sql', null),
    expected: ['mysql', null, null],
  },
  {
    name: 'SqlModel on "mongo" throws',
    src: `${BASE}:296-297`,
    actual: () => instance('sql', 'mongo'),
    expected: ['mongo', 'SqlModel cannot use the mongo connection.', null],
  },
  {
    name: 'SqlModel on mongo_test passes the constructor; its first query opens mongo_test and the SQL adapter refuses it',
    src: `${BASE}:296-303, src/core/connection/ConnectionFactory.ts:31-37, src/core/connection/DriverAdapter.ts:175-176`,
    actual: () => instance('sql', 'mongo_test'),
    expected: ['mongo_test', null, 'Mongo driver does not support SQL adapter APIs.'],
  },
  {
    name: 'SqlModel on an unknown name passes the constructor; its first query fails inside connectDB',
    src: `${BASE}:296, src/core/connection/ConnectionFactory.ts:20-26, src/core/connection/DatabaseConnection.ts:122-125`,
    actual: () => instance('sql', 'mysql,pg'),
    expected: ['mysql,pg', null, "Cannot read properties of undefined (reading 'driver')"],
  },
  {
    name: 'SqlModel given "" keeps "" (a default parameter replaces only a missing argument); connectDB fails',
    src: `${CORE}:96, src/core/connection/DatabaseConnection.ts:122-125`,
    actual: () => instance('sql', ''),
    expected: ['', null, "Cannot read properties of undefined (reading 'driver')"],
  },
  {
    name: 'MongoModel given "" keeps "" and throws naming it',
    src: `${CORE}:96, ${BASE}:346-348`,
    actual: () => instance('mongo', ''),
    expected: ['', 'MongoModel requires a mongo driver connection. Received: ', null],
  },
  {name: 'SqlModel on sqlite_test: sqlite_test', src: `${CORE}:96`, actual: () => instance('sql', 'sqlite_test'), expected: ['sqlite_test', null, null]},
  {name: 'MongoModel on mongo', src: `${BASE}:346-348`, actual: () => instance('mongo', 'mongo'), expected: ['mongo', null, null]},
  {name: 'MongoModel on mongo_test', src: `${BASE}:346-348`, actual: () => instance('mongo', 'mongo_test'), expected: ['mongo_test', null, null]},
  {
    name: 'MongoModel without an argument gets mysql and throws',
    src: `${CORE}:96, ${BASE}:346-348`,
    actual: () => instance('mongo', null),
    expected: ['mysql', 'MongoModel requires a mongo driver connection. Received: mysql', null],
  },
  {
    name: 'MongoModel on pg throws',
    src: `${BASE}:346-348`,
    actual: () => instance('mongo', 'pg'),
    expected: ['pg', 'MongoModel requires a mongo driver connection. Received: pg', null],
  },
  {
    name: 'MongoModel on an unknown name throws (no driver)',
    src: `${BASE}:346-348`,
    actual: () => instance('mongo', 'mongodb'),
    expected: ['mongodb', 'MongoModel requires a mongo driver connection. Received: mongodb', null],
  },
];

const guideModels = [
  {name: 'User', kind: 'sql' as const, connectionName: 'mysql', constructorConnection: 'mysql'},
  {name: 'GeoLocation', kind: 'mongo' as const, connectionName: 'mongo', constructorConnection: 'mongo'},
];
const both = (testMode: boolean) =>
  resolveConnections({envText: guide, models: guideModels, testMode}).routes.map((r) => [r.model, r.instance.connection, r.resolver.connection]);
const routeCases: Case[] = [
  {
    name: "the guide's models in test mode: instances stay on mysql and mongo, the resolver moves User",
    src: `${CORE}:96, ${R}:20-39`,
    actual: () => both(true),
    expected: [
      ['User', 'mysql', 'sqlite_test'],
      ['GeoLocation', 'mongo', 'mongo'],
    ],
  },
  {
    name: "the guide's models in normal mode: both answers agree",
    src: `${CORE}:96, ${R}:47-51`,
    actual: () => both(false),
    expected: [
      ['User', 'mysql', 'mysql'],
      ['GeoLocation', 'mongo', 'mongo'],
    ],
  },
  {
    name: 'test mode: the package says nothing about User writing to mysql (a silent note here)',
    src: `${CORE}:96`,
    actual: () => findings(guide, guideModels.slice(0, 1), true),
    expected: ['test-mode-does-not-move:silent', 'cli-differs:silent'],
  },
  {
    name: 'a constructor given sqlite_test keeps test rows out of the app database',
    src: `${CORE}:96`,
    actual: () => findings(guide, [{...guideModels[0], constructorConnection: 'sqlite_test'}], true),
    expected: [],
  },
  {name: 'NODE_ENV=test is not test mode', src: `${R}:19`, actual: () => resolver('NODE_ENV=test\nDB_CONNECTION=pg', null, false), expected: ['pg', null]},
  {
    name: 'custom selector keys are never read',
    src: `${R}:33, ${R}:49`,
    actual: () => [resolver('DB_PG_CONNECTION=pg', null, false), findings('DB_PG_CONNECTION=pg', [], false)],
    expected: [['mysql', null], ['ignored-key:silent']],
  },
  {
    name: 'an invalid DB_TEST_CONNECTION: the package is silent, the reader is told',
    src: `${R}:33-39`,
    actual: () => findings('DB_TEST_CONNECTION=sqlite,pg', [], true),
    expected: ['invalid-selector:silent'],
  },
];

const credentialCases: Case[] = [
  {
    name: 'built-in MySQL defaults: localhost, 3306, root, eloquentjs',
    src: `${ENV}:72,82,105,115`,
    actual: () => {
      const t = target('', 'mysql');
      return [t.host!.value, t.port!.value, t.user!.value, t.database.value];
    },
    expected: ['localhost', '3306', 'root', 'eloquentjs'],
  },
  {name: 'built-in mysql_test database: db_test', src: `${ENV}:105`, actual: () => database('', 'mysql_test'), expected: ['db_test', null]},
  {
    name: 'built-in PostgreSQL defaults: localhost, 5432, postgres, test_db',
    src: `${ENV}:150,160,184,194`,
    actual: () => {
      const t = target('', 'pg');
      return [t.host!.value, t.port!.value, t.user!.value, t.database.value];
    },
    expected: ['localhost', '5432', 'postgres', 'test_db'],
  },
  {name: 'built-in pg_test database: db_test_pg', src: `${ENV}:184`, actual: () => database('', 'pg_test'), expected: ['db_test_pg', null]},
  {
    name: 'built-in SQLite paths',
    src: `${ENV}:223`,
    actual: () => [database('', 'sqlite'), database('', 'sqlite_test')],
    expected: [
      ['./data.sqlite', null],
      ['./data.test.sqlite', null],
    ],
  },
  {
    name: 'built-in Mongo URI and databases',
    src: `${ENV}:248,263`,
    actual: () => [target('', 'mongo').uri!.value, database('', 'mongo'), database('', 'mongo_test')],
    expected: ['mongodb://localhost:27017', ['eloquentjs_db', null], ['eloquentjs_db_test', null]],
  },
  {name: 'no DB_TEST_NAME: mysql_test takes DB_NAME', src: `${ENV}:94-106`, actual: () => database('DB_NAME=app', 'mysql_test'), expected: ['app', 'DB_NAME']},
  {name: 'no PG_TEST_NAME: pg_test takes PG_NAME', src: `${ENV}:172-185`, actual: () => database('PG_NAME=app', 'pg_test'), expected: ['app', 'PG_NAME']},
  {
    name: 'no SQLITE_TEST_PATH: sqlite_test takes SQLITE_PATH',
    src: `${ENV}:215-224`,
    actual: () => database('SQLITE_PATH=./app.sqlite', 'sqlite_test'),
    expected: ['./app.sqlite', 'SQLITE_PATH'],
  },
  {
    name: 'no MONGO_TEST_DB: mongo_test takes MONGO_DB',
    src: `${ENV}:251-264`,
    actual: () => database('MONGO_DB=app', 'mongo_test'),
    expected: ['app', 'MONGO_DB'],
  },
  {
    name: 'the test-key fallback is silent in the package; the reader is told',
    src: `${ENV}:3-15`,
    actual: () => findings('DB_NAME=app', [], false),
    expected: ['test-key-fallback:silent'],
  },
  {
    name: 'MONGO_DATABASE is an alias of MONGO_DB',
    src: `${ENV}:261`,
    actual: () => database('MONGO_DATABASE=geo', 'mongo'),
    expected: ['geo', 'MONGO_DATABASE'],
  },
  {
    name: 'MONGO_TEST_DATABASE is an alias of MONGO_TEST_DB',
    src: `${ENV}:257`,
    actual: () => database('MONGO_TEST_DATABASE=geo_t', 'mongo_test'),
    expected: ['geo_t', 'MONGO_TEST_DATABASE'],
  },
  {
    name: 'MONGO_DB wins over MONGO_DATABASE',
    src: `${ENV}:260-261`,
    actual: () => database('MONGO_DATABASE=b\nMONGO_DB=a', 'mongo'),
    expected: ['a', 'MONGO_DB'],
  },
  {name: 'PG_DB_NAME is an alias of PG_NAME', src: `${ENV}:182`, actual: () => database('PG_DB_NAME=pgapp', 'pg'), expected: ['pgapp', 'PG_DB_NAME']},
  {
    name: 'PG_DB_NAME also reaches pg_test (last key of its list)',
    src: `${ENV}:182`,
    actual: () => database('PG_DB_NAME=pgapp', 'pg_test'),
    expected: ['pgapp', 'PG_DB_NAME'],
  },
  {name: 'DB_DB_NAME names the mysql database', src: `${ENV}:100`, actual: () => database('DB_DB_NAME=x', 'mysql'), expected: ['x', 'DB_DB_NAME']},
  {
    name: 'DB_DB_NAME does not reach mysql_test (its list ends at DB_NAME)',
    src: `${ENV}:94-106`,
    actual: () => database('DB_DB_NAME=x', 'mysql_test'),
    expected: ['db_test', null],
  },
  {
    name: 'role keys: DB_RUNTIME_HOST beats DB_HOST',
    src: `${ENV}:64-73`,
    actual: () => target('DB_HOST=a\nDB_RUNTIME_HOST=b', 'mysql').host,
    expected: {value: 'b', from: 'DB_RUNTIME_HOST'},
  },
  {
    name: 'ELOQUENT_DB_ROLE=migration: DB_MIGRATION_NAME wins, DB_RUNTIME_NAME is not read',
    src: `${ENV}:40-47,94-106`,
    actual: () => database('ELOQUENT_DB_ROLE=migration\nDB_RUNTIME_NAME=r\nDB_MIGRATION_NAME=m\nDB_NAME=n', 'mysql'),
    expected: ['m', 'DB_MIGRATION_NAME'],
  },
  {
    name: 'the role is trimmed and case-insensitive',
    src: `${ENV}:43-46`,
    actual: () => database('ELOQUENT_DB_ROLE=" Migration "\nDB_MIGRATION_NAME=m', 'mysql'),
    expected: ['m', 'DB_MIGRATION_NAME'],
  },
  {
    name: 'any other role is runtime',
    src: `${ENV}:46`,
    actual: () => database('ELOQUENT_DB_ROLE=admin\nDB_RUNTIME_NAME=r\nDB_ADMIN_NAME=a', 'mysql'),
    expected: ['r', 'DB_RUNTIME_NAME'],
  },
  {
    name: 'DB_TEST_RUNTIME_NAME beats DB_TEST_NAME for mysql_test',
    src: `${ENV}:94-106`,
    actual: () => database('DB_TEST_NAME=t\nDB_TEST_RUNTIME_NAME=tr', 'mysql_test'),
    expected: ['tr', 'DB_TEST_RUNTIME_NAME'],
  },
  {
    name: 'DB_TEST_RUNTIME_NAME does not touch mysql',
    src: `${ENV}:94-106`,
    actual: () => database('DB_TEST_RUNTIME_NAME=tr', 'mysql'),
    expected: ['eloquentjs', null],
  },
  {
    name: 'with no DB_TEST_* key, mysql_test takes DB_RUNTIME_NAME before DB_NAME',
    src: `${ENV}:94-106`,
    actual: () => database('DB_NAME=n\nDB_RUNTIME_NAME=r', 'mysql_test'),
    expected: ['r', 'DB_RUNTIME_NAME'],
  },
  {
    name: 'MONGO_TEST_RUNTIME_URI for mongo_test',
    src: `${ENV}:240-249`,
    actual: () => target('MONGO_URI=mongodb://a\nMONGO_TEST_RUNTIME_URI=mongodb://t', 'mongo_test').uri,
    expected: {value: 'mongodb://t', from: 'MONGO_TEST_RUNTIME_URI'},
  },
  {
    name: 'a port that is not a number gives the default, not the next key',
    src: `${ENV}:17-25`,
    actual: () => target('DB_PORT=3307\nDB_TEST_PORT=abc', 'mysql_test').port,
    expected: {value: '3306', from: null},
  },
  {
    name: 'an empty key is skipped',
    src: `${ENV}:10`,
    actual: () => target('DB_TEST_HOST=\nDB_HOST=db', 'mysql_test').host,
    expected: {value: 'db', from: 'DB_HOST'},
  },
];

runCases([...resolverCases, ...instanceCases, ...routeCases, ...credentialCases]);
