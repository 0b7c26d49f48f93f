// What the reader should be told about one `.env`, a set of models and a mode: what the package
// throws or prints (its own words), and where it stays silent although the result is surprising.
import type {ParsedEnv} from '../dotenv';
import {connectionTarget, type ConnectionTarget} from './credentials';
import type {InstanceConnection} from './instance';
import {CONNECTION_NAMES, DEFAULT_CONNECTION, TEST_FALLBACKS, driverOf, isConnectionName, isTestConnection, type ConnectionName, type ModelKind} from './names';
import {invalidConnection} from './messages';
import type {ResolverChoice} from './resolver';
import {SOURCE} from './source';

export type FindingCode =
  | 'constructor-throws'
  | 'first-query-throws'
  | 'invalid-selector'
  | 'invalid-pin'
  | 'test-mode-does-not-move'
  | 'cli-differs'
  | 'ignored-key'
  | 'test-key-fallback'
  | 'shared-database'
  | 'node-env'
  | 'ignored-line'
  | 'duplicate-key';

export interface Finding {
  code: FindingCode;
  /** How the package itself reacts: it throws, it prints a warning, or it says nothing. */
  printed: 'throws' | 'warns' | 'silent';
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The package's exact text, when it throws or prints one. */
  packageText?: string;
  source?: string;
  key?: string;
  model?: string;
}

export interface RouteFacts {
  model: string;
  kind: ModelKind;
  pin: string;
  instance: InstanceConnection & {target: ConnectionTarget | null};
  resolver: ResolverChoice & {target: ConnectionTarget};
}

const SELECTOR_KEYS = ['DB_CONNECTION', 'DB_TEST_CONNECTION'];

export function envFindings(env: ParsedEnv, targets: Record<ConnectionName, ConnectionTarget>, testMode: boolean): Finding[] {
  const values = env.values;
  const found: Finding[] = [];
  for (const {line, text} of env.ignoredLines) {
    found.push({
      code: 'ignored-line',
      printed: 'silent',
      severity: 'warning',
      message: `Line ${line} is not KEY=value; dotenv skips it without a word: ${text.trim().slice(0, 80)}`,
    });
  }
  for (const {key, lines} of env.duplicates) {
    const severity = SELECTOR_KEYS.includes(key) ? 'warning' : 'info';
    found.push({
      code: 'duplicate-key',
      printed: 'silent',
      severity,
      key,
      message: `${key} is set on lines ${lines.join(', ')}; dotenv keeps the last one (${JSON.stringify(values[key])}).`,
    });
  }

  const split = (value: string) =>
    /[,;\s]/.test(value.trim()) ? ' It holds one connection name and is not split into several: pin the models that need another connection.' : '';
  const app = values.DB_CONNECTION;
  if (app && !isConnectionName(app)) {
    found.push({
      code: 'invalid-selector',
      printed: 'warns',
      severity: 'error',
      key: 'DB_CONNECTION',
      message: `DB_CONNECTION=${app} is not a connection name (${CONNECTION_NAMES.join(', ')}). When the resolver runs for a model without a pin (the CLI without a driver flag), it warns and uses ${DEFAULT_CONNECTION}.${split(app)}`,
      packageText: invalidConnection.text(app),
      source: SOURCE.resolverInvalid,
    });
  }
  const test = values.DB_TEST_CONNECTION;
  if (test && !isConnectionName(test)) {
    found.push({
      code: 'invalid-selector',
      printed: 'silent',
      severity: 'error',
      key: 'DB_TEST_CONNECTION',
      message: `DB_TEST_CONNECTION=${test} is not a connection name. In test mode the resolver skips it without a warning and uses ${TEST_FALLBACKS[0]}; the CLI's --test still copies it into DB_CONNECTION.${split(test)}`,
      source: SOURCE.resolverTestSelector,
    });
  }

  for (const key of Object.keys(values)) {
    if (SELECTOR_KEYS.includes(key) || !/(^|_)CONNECTIONS?$/.test(key)) continue;
    found.push({
      code: 'ignored-key',
      printed: 'silent',
      severity: 'warning',
      key,
      message: `${key} is not read by the package: it is ignored without a word. Only DB_CONNECTION and DB_TEST_CONNECTION select connections.`,
    });
  }

  const fellBack = new Set<string>();
  for (const connection of CONNECTION_NAMES.filter(isTestConnection)) {
    const target = targets[connection];
    const from = target.database.from;
    if (from === null || /_TEST_/.test(from)) continue;
    const runtime = targets[driverOf(connection)];
    fellBack.add([runtime.connection, connection].join());
    const same = target.databaseKey === runtime.databaseKey ? `, the same database as ${runtime.connection}` : '';
    found.push({
      code: 'test-key-fallback',
      printed: 'silent',
      severity: 'warning',
      message: `${connection} has no test ${target.driver === 'sqlite' ? 'path' : 'database'} key, so it takes ${from}: tests would use ${target.database.value}${same}.`,
      source: target.source,
    });
  }
  for (let i = 0; i < CONNECTION_NAMES.length; i++) {
    for (let j = i + 1; j < CONNECTION_NAMES.length; j++) {
      const [a, b] = [CONNECTION_NAMES[i], CONNECTION_NAMES[j]];
      if (targets[a].databaseKey !== targets[b].databaseKey || fellBack.has([a, b].join())) continue;
      // Only the reader's own keys are worth a word, not two built-in defaults.
      if (targets[a].database.from === null && targets[b].database.from === null) continue;
      found.push({
        code: 'shared-database',
        printed: 'silent',
        severity: isTestConnection(a) !== isTestConnection(b) ? 'warning' : 'info',
        message: `${a} and ${b} point at the same database (${targets[a].label}): rows written through one show up in the other.`,
      });
    }
  }
  if ((values.NODE_ENV ?? '').trim().toLowerCase() === 'test' && !testMode) {
    found.push({
      code: 'node-env',
      printed: 'silent',
      severity: 'info',
      key: 'NODE_ENV',
      message: 'NODE_ENV=test does not switch to the test connections: test mode is explicit (the CLI --test flag or { test: true }).',
    });
  }
  return found;
}

export function routeFindings(route: RouteFacts, testMode: boolean): Finding[] {
  const {model, instance, resolver, pin} = route;
  const found: Finding[] = [];
  if (instance.thrown) {
    found.push({
      code: 'constructor-throws',
      printed: 'throws',
      severity: 'error',
      model,
      message: `new ${model}() throws: nothing is written.`,
      packageText: instance.thrown,
      source: instance.source,
    });
  } else if (instance.firstQueryThrows) {
    found.push({
      code: 'first-query-throws',
      printed: 'throws',
      severity: 'error',
      model,
      message: `new ${model}() works, but its first query throws: nothing is written.`,
      packageText: instance.firstQueryThrows,
      source: instance.source,
    });
  }
  if (pin && !isConnectionName(pin)) {
    found.push(
      testMode
        ? {
            code: 'invalid-pin',
            printed: 'silent',
            severity: 'warning',
            model,
            message: `${model} pins "${pin}", not a connection name: the resolver in test mode passes over it without a warning.`,
            source: SOURCE.resolverTestPin,
          }
        : {
            code: 'invalid-pin',
            printed: 'warns',
            severity: 'error',
            model,
            message: `${model} pins "${pin}", not a connection name: the resolver warns and uses mysql.`,
            packageText: invalidConnection.text(pin),
            source: SOURCE.resolverInvalid,
          },
    );
  }
  const target = instance.target;
  if (testMode && instance.name && !isTestConnection(instance.name) && target) {
    found.push({
      code: 'test-mode-does-not-move',
      printed: 'silent',
      severity: 'warning',
      model,
      message: `Test mode does not move ${model}: its instances query ${instance.name} (${target.label}), an application database. Pass a _test connection to the constructor in tests to keep test rows out of it.`,
      source: SOURCE.instanceDefault,
    });
  }
  if (instance.name && instance.name !== resolver.connection) {
    found.push({
      code: 'cli-differs',
      printed: 'silent',
      severity: 'info',
      model,
      message: `${model}: the resolver (CLI targets, migration generation) picks ${resolver.connection}, but running instances query ${instance.name}.`,
      source: SOURCE.instanceDefault,
    });
  }
  return found;
}

export function targetsOf(values: Record<string, string>): Record<ConnectionName, ConnectionTarget> {
  return Object.fromEntries(CONNECTION_NAMES.map((c) => [c, connectionTarget(values, c)])) as Record<ConnectionName, ConnectionTarget>;
}
