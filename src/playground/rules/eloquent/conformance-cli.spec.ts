import {cli, runCases, type Case} from './conformance';

// The CLI lines the guides use and the mistakes around them, against the package's code:
// src/cli/eloquent.ts (the --test override before parsing), the command registrations, the
// flag resolver and each command's fallback to resolveConnectionName. Option parsing is
// commander's (`^12.1.0` in the package's package.json); its rules used here (a required
// option-argument takes the next word even when it starts with a dash; --help anywhere not
// consumed prints help and exits; unknown options are refused) were checked by hand against the
// commander 10 installed in this repository's node_modules, which parses the same way.
const FLAGS = 'src/cli/utils/resolveConnectionFlags.ts';
const BOOT = 'src/cli/utils/CliBootstrapSupport.ts';
const SEED = 'src/cli/utils/CliSeedScenarioCommandRegistration.ts';
const MIG = 'src/cli/utils/CliMigrationCommandRegistration.ts';
const RUN = 'src/cli/commands/migrateRun.ts';
const DBSEED = 'src/cli/commands/dbSeed.ts';
const guide = 'DB_CONNECTION=sqlite\nDB_TEST_CONNECTION=sqlite_test\n';
const runs = (targets: string[], test = false, printed: string[] = []) => ({targets, test, printed});

const cases: Case[] = [
  {
    name: 'db:seed with NODE_ENV=production and no --test is refused before anything runs',
    src: `${SEED}:46-48, src/cli/utils/CliProductionGuards.ts:40-58, src/cli/utils/ProductionSafety.ts:9-13`,
    actual: () =>
      (cli('eloquent db:seed --class UserSeeder', `NODE_ENV=production\n${guide}`) as string).startsWith('db:seed is refused: NODE_ENV is "production"'),
    expected: true,
  },
  {
    name: 'APP_ENV=Production counts too (trimmed, any case)',
    src: 'src/cli/utils/ProductionSafety.ts:9-13',
    actual: () => (cli('eloquent db:seed --mongo', `APP_ENV=" Production"\n${guide}`) as string).startsWith('db:seed is refused: APP_ENV'),
    expected: true,
  },
  {
    name: 'db:seed --test in production runs on the test connections',
    src: `${SEED}:46-48, src/cli/utils/CliProductionGuards.ts:40-58`,
    actual: () => cli('eloquent db:seed --mongo --test', `NODE_ENV=production\n${guide}`),
    expected: runs(['mongo_test'], true),
  },
  {
    name: '--class --test in production: --test is the class name, so the command is refused',
    src: `${SEED}:46-48`,
    actual: () => typeof cli('eloquent db:seed --class --test', `NODE_ENV=production\n${guide}`),
    expected: 'string',
  },
  {
    name: 'migrate:run has no production test-only guard',
    src: `${MIG}:87-118`,
    actual: () => cli('eloquent migrate:run', `NODE_ENV=production\n${guide}`),
    expected: runs(['sqlite']),
  },
  {
    name: 'migrate:run without a flag: the resolver, DB_CONNECTION',
    src: `${RUN}:397-400`,
    actual: () => cli('eloquent migrate:run', guide),
    expected: runs(['sqlite']),
  },
  {
    name: 'migrate:run --test: DB_TEST_CONNECTION',
    src: `${RUN}:397-400`,
    actual: () => cli('eloquent migrate:run --test', guide),
    expected: runs(['sqlite_test'], true),
  },
  {
    name: 'migrate:run --mongo runs on mongo (Mongo migrations)',
    src: `${MIG}:93, ${RUN}:163-164`,
    actual: () => cli('eloquent migrate:run --mongo', guide),
    expected: runs(['mongo']),
  },
  {
    name: 'migrate:run --mongo --test: mongo_test',
    src: `${FLAGS}:23-27`,
    actual: () => cli('npx eloquent migrate:run --mongo --test', guide),
    expected: runs(['mongo_test'], true),
  },
  {
    name: 'migrate:run --all-connections: the three SQL connections',
    src: `${FLAGS}:49-55`,
    actual: () => cli('eloquent migrate:run --all-connections --all-migrations', guide),
    expected: runs(['mysql', 'pg', 'sqlite']),
  },
  {
    name: 'migrate:run --all-connections --test: their _test twins',
    src: `${FLAGS}:23-27,49-55`,
    actual: () => cli('eloquent migrate:run --all-connections --test', guide),
    expected: runs(['mysql_test', 'pg_test', 'sqlite_test'], true),
  },
  {
    name: '--all-connections wins over a driver flag',
    src: `${FLAGS}:49-57`,
    actual: () => cli('eloquent migrate:run --mongo --all-connections', guide),
    expected: runs(['mysql', 'pg', 'sqlite']),
  },
  {
    name: 'two driver flags are refused',
    src: `${FLAGS}:63-66`,
    actual: () => cli('eloquent migrate:run --mysql --pg', guide),
    expected: 'ERROR: Choose only one explicit connection flag or use --all-connections.',
  },
  {
    name: 'two driver flags with --mongo are refused too',
    src: `${FLAGS}:63-66`,
    actual: () => cli('eloquent db:seed --mongo --sqlite', guide),
    expected: 'ERROR: Choose only one explicit connection flag or use --all-connections.',
  },
  {
    name: 'migrate:run --help prints help',
    src: 'src/cli/eloquent.ts:223 (commander)',
    actual: () => cli('eloquent migrate:run --help', guide),
    expected: 'help',
  },
  {name: 'db:seed -h prints help', src: 'src/cli/eloquent.ts:223 (commander)', actual: () => cli('eloquent db:seed --mongo -h', guide), expected: 'help'},
  {
    name: 'an unknown option is refused',
    src: `${MIG}:87-100 (commander)`,
    actual: () => cli('eloquent migrate:run --bogus', guide),
    expected: "error: unknown option '--bogus'",
  },
  {
    name: '--pivot-separate belongs to migrate:run, not db:seed',
    src: `${SEED}:19-31 (commander)`,
    actual: () => cli('eloquent db:seed --pivot-separate', guide),
    expected: "error: unknown option '--pivot-separate'",
  },
  {name: 'migrate:run takes a model name', src: `${MIG}:87`, actual: () => cli('eloquent migrate:run User --sqlite', guide), expected: runs(['sqlite'])},
  {
    name: 'db:seed --mongo --test --class GeoLocationSeeder: mongo_test',
    src: `${SEED}:24-26, ${FLAGS}:23-27`,
    actual: () => cli('eloquent db:seed --mongo --test --class GeoLocationSeeder', guide),
    expected: runs(['mongo_test'], true),
  },
  {
    name: 'db:seed --all-connections --class UserSeeder: SQL only',
    src: `${FLAGS}:49-55`,
    actual: () => cli('eloquent db:seed --all-connections --class UserSeeder', guide),
    expected: runs(['mysql', 'pg', 'sqlite']),
  },
  {
    name: 'db:seed --class --test: "--test" is the class; the override still moves DB_CONNECTION',
    src: `${SEED}:26, ${BOOT}:19-31, ${DBSEED}:69-72,118`,
    actual: () => cli('eloquent db:seed --class --test', guide),
    expected: runs(['sqlite_test'], false, ["Seeder '--test' not found."]),
  },
  {
    name: 'db:seed --class without a value',
    src: `${SEED}:26 (commander)`,
    actual: () => cli('eloquent db:seed --class', guide),
    expected: "error: option '--class <name>' argument missing",
  },
  {
    name: 'db:seed --test with no DB_TEST_CONNECTION: mysql_test',
    src: `${BOOT}:31, ${DBSEED}:69-72`,
    actual: () => cli('eloquent db:seed --test', 'DB_CONNECTION=sqlite'),
    expected: runs(['mysql_test'], true),
  },
  {
    name: 'db:seed --test with an invalid DB_TEST_CONNECTION: mysql_test, nothing printed',
    src: 'src/core/connection/resolveConnectionName.ts:33-45',
    actual: () => cli('eloquent db:seed --test', 'DB_TEST_CONNECTION=sqlite,pg'),
    expected: runs(['mysql_test'], true),
  },
  {
    name: 'db:seed --class --test with an invalid DB_TEST_CONNECTION: the copied name warns',
    src: `${BOOT}:31, src/core/connection/resolveConnectionName.ts:53-57`,
    actual: () => cli('eloquent db:seed --class --test', 'DB_TEST_CONNECTION=sqlite,pg'),
    expected: runs(['mysql'], false, ['⚠️ Invalid connection "sqlite,pg" — falling back to "mysql".', "Seeder '--test' not found."]),
  },
  {
    name: 'db:seed with an invalid DB_CONNECTION: the warning, then mysql',
    src: 'src/core/connection/resolveConnectionName.ts:53-57',
    actual: () => cli('eloquent db:seed', 'DB_CONNECTION=mysql,pg'),
    expected: runs(['mysql'], false, ['⚠️ Invalid connection "mysql,pg" — falling back to "mysql".']),
  },
  {
    name: 'db:seed --sqlite ignores DB_CONNECTION',
    src: `${FLAGS}:57-70`,
    actual: () => cli('eloquent db:seed --sqlite', 'DB_CONNECTION=pg'),
    expected: runs(['sqlite']),
  },
];

runCases(cases);
