// Helpers for the eloquent-orm.js conformance tables: each case asks the model one question and
// compares its answer with what the package's code does (source file and line beside each case).
import {test, expect} from '@playwright/test';
import {connectionTarget, instanceConnection, planCliCommand, resolveConnectionName, resolveConnections, type ConnectionName, type ModelKind} from './index';
import {parseEnv} from '../dotenv';

export interface Case {
  /** What is asked, in the reader's words. */
  name: string;
  /** File and line in MetalDz/Eloquent-ORM.js (newest stored 1.x form) that decide the answer. */
  src: string;
  actual: () => unknown;
  expected: unknown;
}

export function runCases(cases: Case[]): void {
  for (const c of cases) {
    test(`${c.name} [${c.src}]`, () => expect(c.actual()).toEqual(c.expected));
  }
}

const values = (env: string) => parseEnv(env).values;

/** The resolver: [connection, the console.warn line or null]. */
export const resolver = (env: string, pin: string | null, testMode: boolean) => {
  const choice = resolveConnectionName(values(env), pin, {test: testMode});
  return [choice.connection, choice.warning];
};

/** A model instance: [connection, what the constructor throws or null, what its first query throws or null]. */
export const instance = (kind: ModelKind, constructorConnection: string | null) => {
  const i = instanceConnection({kind, constructorConnection});
  return [i.connection, i.thrown, i.firstQueryThrows];
};

/** [database, the key it came from or null for the built-in default]. */
export const database = (env: string, connection: ConnectionName) => {
  const t = connectionTarget(values(env), connection);
  return [t.database.value, t.database.from];
};

export const target = (env: string, connection: ConnectionName) => connectionTarget(values(env), connection);

/** The codes (and how the package reacts) of what the reader is told. */
export const findings = (
  env: string,
  models: {name: string; kind: ModelKind; connectionName?: string | null; constructorConnection?: string | null}[],
  testMode: boolean,
) => resolveConnections({envText: env, models, testMode}).findings.map((f) => `${f.code}:${f.printed}`);

/** A CLI line: its targets, or 'help', or its error; plus what it prints. */
export const cli = (line: string, env: string) => {
  const plan = planCliCommand(line, env);
  if (plan.kind === 'help') return 'help';
  if (plan.kind === 'error') return plan.error;
  return {targets: plan.targets.map((t) => t.connection), test: plan.test, printed: plan.printed};
};
