// `eloquent migrate:run|db:seed [options]` against a `.env`: which connections the command runs
// on, or what it prints instead. Follows src/cli/eloquent.ts (the --test override before
// parsing), the commands' commander options, resolveConnectionFlags.ts and the commands' own
// fallback to the resolver. Option parsing is commander's (the package depends on ^12).
import {parseEnv} from '../dotenv';
import {connectionTarget, type ConnectionTarget} from './credentials';
import {driverOf, type ConnectionName, type Driver} from './names';
import {allConnectionsSeedPrecheck, cliErrorPrefix, seederNotFound, twoDriverFlags} from './messages';
import {resolveConnectionName} from './resolver';
import {SOURCE} from './source';

export const CLI_COMMANDS = ['migrate:run', 'db:seed'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export interface CliTarget {
  connection: ConnectionName;
  target: ConnectionTarget;
  /** What the command does there, when that is worth saying. */
  note?: string;
}

export type CliPlan =
  | {
      kind: 'runs';
      command: CliCommand;
      /** commander's `options.test`: the command's own test mode. */
      test: boolean;
      via: 'all-connections' | 'flag' | 'resolver';
      targets: CliTarget[];
      explanation: string;
      /** Sentences about what else happens (overrides, prechecks, seeders), in order. */
      notes: string[];
      /** What the package prints on the way (warnings, "not found"), exact text. */
      printed: string[];
      source: string;
    }
  | {kind: 'help'; command: CliCommand; explanation: string}
  | {kind: 'error'; command?: CliCommand; error: string};

const DRIVER_FLAGS: readonly Driver[] = ['mysql', 'pg', 'sqlite', 'mongo'];

/** Options each command registers (commander rejects any other `--option`). */
const COMMAND_OPTIONS: Record<CliCommand, {flags: string[]; withValue: string[]}> = {
  'migrate:run': {
    flags: ['--test', '--mysql', '--pg', '--sqlite', '--mongo', '--all-connections', '--all-migrations', '--pivot-separate'],
    withValue: [],
  },
  'db:seed': {
    flags: ['--test', '--mysql', '--pg', '--sqlite', '--mongo', '--all-connections', '--silent', '--no-hooks'],
    withValue: ['--class'],
  },
};

export function planCliCommand(commandLine: string, envText: string): CliPlan {
  const words = splitWords(commandLine);
  while (words.length > 0 && ['npx', 'eloquent', 'pnpm', 'yarn', 'exec'].includes(words[0])) words.shift();
  const command = words.shift();
  if (command === undefined) return {kind: 'error', error: 'Type a command, e.g. eloquent db:seed --mongo --class GeoLocationSeeder.'};
  if (!(CLI_COMMANDS as readonly string[]).includes(command)) {
    return {kind: 'error', error: `This planner knows ${CLI_COMMANDS.join(' and ')}; "${command}" is not one of them.`};
  }
  const cmd = command as CliCommand;
  const spec = COMMAND_OPTIONS[cmd];
  const flags = new Set<string>();
  const unknown: string[] = [];
  let className: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const [name, inline] = words[i].split(/=(.*)/s, 2);
    if (spec.withValue.includes(name)) {
      // commander: a required option-argument is the next word, even one that starts with a dash.
      const value = inline ?? words[++i];
      if (value === undefined) return {kind: 'error', command: cmd, error: `error: option '${name} <name>' argument missing`};
      className = value;
    } else if (words[i].startsWith('-')) {
      if (spec.flags.includes(words[i])) flags.add(words[i]);
      else unknown.push(words[i]);
    }
    // Other words: migrate:run's [model]; commander before 13 ignores excess arguments.
  }
  if (unknown.includes('--help') || unknown.includes('-h')) {
    return {kind: 'help', command: cmd, explanation: `commander prints the help of ${cmd} and exits: nothing runs, no connection is opened.`};
  }
  if (unknown.length > 0) return {kind: 'error', command: cmd, error: `error: unknown option '${unknown[0]}'`};

  const env = {...parseEnv(envText).values};
  const notes: string[] = [];
  const printed: string[] = [];
  // eloquent.ts copies the test selector before commander parses: any "--test" word counts.
  if (words.includes('--test')) {
    env.DB_CONNECTION = env.DB_TEST_CONNECTION || 'mysql_test';
    notes.push(`The word --test on the line makes the CLI set DB_CONNECTION=${env.DB_CONNECTION} before any command runs (${SOURCE.cliTestOverride}).`);
  }
  const test = flags.has('--test');
  if (className === '--test') {
    notes.push('commander takes "--test" as the value of --class, so the command itself does not run in test mode.');
  }
  // The seed action's first step, before any connection is chosen or opened.
  const production = ['APP_ENV', 'NODE_ENV'].find((key) => (env[key] ?? '').trim().toLowerCase() === 'production');
  if (cmd === 'db:seed' && production && !test) {
    return {
      kind: 'error',
      command: cmd,
      error: `db:seed is refused: ${production} is "production" and the command is not in test mode. It prints a reason that names --test, exits with code 1 and seeds nothing (${SOURCE.seedProductionGuard}; production is NODE_ENV or APP_ENV, ${SOURCE.productionRuntime}). Seed the test connections with --test, or run it where ${production} is not production.`,
    };
  }
  const twin = (driver: Driver): ConnectionName => (test ? `${driver}_test` : driver) as ConnectionName;
  const toTarget = (connection: ConnectionName): CliTarget => ({
    connection,
    target: connectionTarget(env, connection),
    ...(cmd === 'migrate:run' && driverOf(connection) === 'mongo' ? {note: 'runs the Mongo migrations of this connection'} : {}),
  });
  const runs = (via: 'all-connections' | 'flag' | 'resolver', targets: CliTarget[], explanation: string, source: string): CliPlan => {
    if (cmd === 'db:seed' && className !== undefined) {
      const missing = seederNotFound.text(className);
      notes.push(
        `db:seed looks in the ${test ? 'test' : 'application'} seeds folder for a file whose name contains "${className.toLowerCase()}"; with none it prints ${missing} (${SOURCE.seederNotFound}).`,
      );
      // No seeder file is named after an option: this one is not found.
      if (className.startsWith('-')) printed.push(missing);
    }
    return {kind: 'runs', command: cmd, test, via, targets, explanation, notes, printed, source};
  };

  if (flags.has('--all-connections')) {
    const targets = (['mysql', 'pg', 'sqlite'] as const).map(twin).map(toTarget);
    if (cmd === 'db:seed') {
      notes.push(
        `Before seeding, a precheck reads each connection's migration state; when one is not clean the command stops with: ${cliErrorPrefix.text(allConnectionsSeedPrecheck.text())} Whether it is clean depends on the databases, not on the .env.`,
      );
    }
    return runs(
      'all-connections',
      targets,
      `--all-connections means the SQL connections only: ${targets.map((t) => t.connection).join(', ')}. Mongo is reached only with --mongo.`,
      SOURCE.flagAll,
    );
  }
  const chosen = DRIVER_FLAGS.filter((driver) => flags.has(`--${driver}`));
  if (chosen.length > 1) return {kind: 'error', command: cmd, error: cliErrorPrefix.text(twoDriverFlags.text())};
  if (chosen.length === 1) {
    const connection = twin(chosen[0]);
    return runs('flag', [toTarget(connection)], `--${chosen[0]}${test ? ' with --test' : ''} targets ${connection}.`, SOURCE.flagTwin);
  }
  const choice = resolveConnectionName(env, undefined, {test});
  if (choice.warning) printed.unshift(choice.warning);
  const source = cmd === 'migrate:run' ? SOURCE.migrateRunDefault : SOURCE.seedDefault;
  return runs('resolver', [toTarget(choice.connection)], `No driver flag: the resolver decides. ${choice.explanation}`, source);
}

/** Shell-like words: whitespace separated, single or double quotes group. */
function splitWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const match of line
    .trim()
    .replace(/^\$\s+/, '')
    .matchAll(pattern))
    words.push(match[1] ?? match[2] ?? match[3]);
  return words;
}
