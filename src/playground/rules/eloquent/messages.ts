// What eloquent-orm.js prints for the connection mistakes the guides cover, exactly as the
// package prints it. The package cannot be installed here, so each text is quoted from its
// source (repository MetalDz/Eloquent-ORM.js) with file and line.
// The playground model, the guides' troubleshooting sections and their tests all import this
// module; nothing else restates these texts.
//
// `read` says which stored version of the file the line was taken from. The index holds several
// versions of each file without release tags: "newest" is the newest form it holds (imports
// ending in `.js` where such a form is stored), which the guides apply to 1.0.x and 1.1.x only
// as far as the versions read show the same text.

export interface SourceLine {
  file: string;
  line: number;
  read: string;
}

export interface PackageMessage<Args extends unknown[]> {
  /** How the text reaches the reader. */
  printedBy: 'console.warn' | 'thrown Error' | 'thrown TypeError' | 'CLI (console.error)' | 'CLI (console.log)';
  /** The text, with the package's template parameters as arguments. */
  text: (...args: Args) => string;
  source: SourceLine[];
}

const NEWEST_JS = 'newest stored form (imports end in .js)';
const NEWEST = 'newest stored form (no .js-import form stored)';

/** The CLI's runCliAction prints a failed command's Error message behind this prefix. */
export const cliErrorPrefix = {
  printedBy: 'CLI (console.error)',
  text: (message: string) => `ERROR: ${message}`,
  source: [{file: 'src/cli/utils/CliActionRuntime.ts', line: 8, read: NEWEST_JS}],
} satisfies PackageMessage<[string]>;

/**
 * A selector or pin that is not one of the eight connection names (`DB_CONNECTION=mysql,pg`,
 * a typo in `static connectionName`): the resolver warns and uses mysql. Only the resolver
 * (CLI, default targets) prints it; in test mode an invalid DB_TEST_CONNECTION is skipped
 * without a word (same file, lines 33-39).
 */
export const invalidConnection = {
  printedBy: 'console.warn',
  text: (name: string) => `⚠️ Invalid connection "${name}" — falling back to "mysql".`,
  source: [{file: 'src/core/connection/resolveConnectionName.ts', line: 55, read: NEWEST}],
} satisfies PackageMessage<[string]>;

/** A SqlModel constructed with the literal name `mongo` (only that name: mongo_test passes). */
export const sqlModelOnMongo = {
  printedBy: 'thrown Error',
  text: () => 'SqlModel cannot use the mongo connection.',
  source: [{file: 'src/core/model/BaseModel.ts', line: 297, read: NEWEST_JS}],
} satisfies PackageMessage<[]>;

/**
 * A SqlModel on mongo_test (only "mongo" is refused by its constructor): its first query opens the
 * connection (ConnectionFactory.ts:31-37 calls connectDB before createAdapter), then asks it for a
 * SQL adapter, which a Mongo connection refuses.
 */
export const mongoRefusesSqlAdapter = {
  printedBy: 'thrown Error',
  text: () => 'Mongo driver does not support SQL adapter APIs.',
  source: [{file: 'src/core/connection/DriverAdapter.ts', line: 176, read: NEWEST}],
} satisfies PackageMessage<[]>;

/**
 * A constructor connection that is not one of the eight names (a typo, "mysql,pg", ""): nothing
 * checks it until the first query, where connectDB reads `dbConfig.connections[name].driver` of
 * an undefined entry. The text is Node's own TypeError message, not the package's.
 */
export const unknownConnectionInConnectDB = {
  printedBy: 'thrown TypeError',
  text: () => "Cannot read properties of undefined (reading 'driver')",
  source: [{file: 'src/core/connection/DatabaseConnection.ts', line: 125, read: NEWEST_JS}],
} satisfies PackageMessage<[]>;

/** A MongoModel constructed with a connection whose driver is not mongo. */
export const mongoModelOnSql = {
  printedBy: 'thrown Error',
  text: (connection: string) => `MongoModel requires a mongo driver connection. Received: ${connection}`,
  source: [{file: 'src/core/model/BaseModel.ts', line: 348, read: NEWEST_JS}],
} satisfies PackageMessage<[string]>;

/** Two of --mysql, --pg, --sqlite, --mongo in one command. */
export const twoDriverFlags = {
  printedBy: 'thrown Error',
  text: () => 'Choose only one explicit connection flag or use --all-connections.',
  source: [
    {file: 'src/cli/utils/resolveConnectionFlags.ts', line: 65, read: NEWEST},
    {file: 'src/cli/utils/resolveSqlConnectionFlags.ts', line: 30, read: NEWEST_JS},
  ],
} satisfies PackageMessage<[]>;

/** `db:seed --all-connections` when a SQL connection's migrations are not all applied. */
export const allConnectionsSeedPrecheck = {
  printedBy: 'thrown Error',
  text: () => 'All-connections seed precheck failed. Run migrate:run (with optional --test) first, then retry db:seed.',
  source: [{file: 'src/cli/utils/CliSeedScenarioCommandRegistration.ts', line: 58, read: NEWEST_JS}],
} satisfies PackageMessage<[]>;

/** The report the precheck prints before that error, one block per connection it checks. */
const PRECHECK = 'src/cli/utils/SeedBootstrapPrecheck.ts';
export const seedPrecheck = {
  heading: {
    printedBy: 'CLI (console.log)',
    text: () => 'Seed bootstrap precheck results:',
    source: [{file: PRECHECK, line: 150, read: NEWEST}],
  } satisfies PackageMessage<[]>,
  clean: {
    printedBy: 'CLI (console.log)',
    text: (connection: string) => `  [${connection}] clean (no pending migrations, history present).`,
    source: [{file: PRECHECK, line: 156, read: NEWEST}],
  } satisfies PackageMessage<[string]>,
  notClean: {
    printedBy: 'CLI (console.log)',
    text: (connection: string) => `  [${connection}] not clean.`,
    source: [{file: PRECHECK, line: 162, read: NEWEST}],
  } satisfies PackageMessage<[string]>,
  reason: {
    printedBy: 'CLI (console.log)',
    text: (reason: string) => `    - ${reason}`,
    source: [{file: PRECHECK, line: 164, read: NEWEST}],
  } satisfies PackageMessage<[string]>,
  pendingFiles: {
    printedBy: 'CLI (console.log)',
    text: (files: string[]) => `    Pending files: ${files.join(', ')}`,
    source: [{file: PRECHECK, line: 169, read: NEWEST}],
  } satisfies PackageMessage<[string[]]>,
};

/** The reasons the precheck gives for a connection that is not clean (each behind `    - `). */
export const seedPrecheckReasons = {
  missingMigrationsDirectory: {
    printedBy: 'CLI (console.log)',
    text: (dir: string) => `Missing migrations directory: ${dir}`,
    source: [{file: PRECHECK, line: 65, read: NEWEST}],
  } satisfies PackageMessage<[string]>,
  noMigrationFiles: {
    printedBy: 'CLI (console.log)',
    text: () => 'No migration files found on disk.',
    source: [{file: PRECHECK, line: 77, read: NEWEST}],
  } satisfies PackageMessage<[]>,
  notSql: {
    printedBy: 'CLI (console.log)',
    text: (connection: string) => `Connection "${connection}" is not a SQL driver.`,
    source: [{file: PRECHECK, line: 81, read: NEWEST}],
  } satisfies PackageMessage<[string]>,
  noHistory: {
    printedBy: 'CLI (console.log)',
    text: () => 'No applied migration history found.',
    source: [{file: PRECHECK, line: 99, read: NEWEST}],
  } satisfies PackageMessage<[]>,
  pending: {
    printedBy: 'CLI (console.log)',
    text: (count: number) => `Pending migrations detected (${count}).`,
    source: [{file: PRECHECK, line: 105, read: NEWEST}],
  } satisfies PackageMessage<[number]>,
  unreadableTable: {
    printedBy: 'CLI (console.log)',
    text: (error: string) => `Unable to read migrations table: ${error}`,
    source: [{file: PRECHECK, line: 110, read: NEWEST}],
  } satisfies PackageMessage<[string]>,
};

/** What `db:seed --all-connections` prints when one SQL connection is not clean. */
export function allConnectionsSeedOutput(checks: {connection: string; reasons: string[]; pendingFiles?: string[]}[]): string {
  const lines = [seedPrecheck.heading.text()];
  for (const check of checks) {
    if (check.reasons.length === 0) {
      lines.push(seedPrecheck.clean.text(check.connection));
      continue;
    }
    lines.push(seedPrecheck.notClean.text(check.connection));
    for (const reason of check.reasons) lines.push(seedPrecheck.reason.text(reason));
    if (check.pendingFiles?.length) lines.push(seedPrecheck.pendingFiles.text(check.pendingFiles));
  }
  lines.push(cliErrorPrefix.text(allConnectionsSeedPrecheck.text()));
  return lines.join('\n');
}

/** db:seed names the connection it seeds before it looks for the seeder. */
export const seedingConnection = {
  printedBy: 'CLI (console.log)',
  text: (connection: string) => `Seeding connection: ${connection}`,
  source: [{file: 'src/cli/commands/dbSeed.ts', line: 80, read: NEWEST_JS}],
} satisfies PackageMessage<[string]>;

/** `db:seed --class <name>` when no seeder file name contains that name (`--class --test` looks for "--test"; printed in red). */
export const seederNotFound = {
  printedBy: 'CLI (console.log)',
  text: (className: string) => `Seeder '${className}' not found.`,
  source: [{file: 'src/cli/commands/dbSeed.ts', line: 118, read: NEWEST_JS}],
} satisfies PackageMessage<[string]>;
