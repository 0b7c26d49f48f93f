// The eloquent-orm.js rules as the playground shows them. Rows go where a running instance
// queries (its constructor's connection); the CLI column shows what the resolver picks.
import type {Preset} from '../presets';
import {controlKey, type CliView, type ModelSettings, type Ruleset, type RoutingView} from '../ruleset';
import {planCliCommand} from './cli';
import {resolveConnections} from './index';
import type {ConnectionName} from './names';

const pin = {
  id: '',
  label: (model: string) => `${model} static connectionName`,
  caption: 'static connectionName (CLI)',
  none: 'none (not set)',
  initial: (m: Preset['models'][number]) => m.connectionName,
};
const ctor = {
  id: 'ctor',
  label: (model: string) => `${model} constructor connection`,
  caption: 'constructor connection (instances)',
  none: 'none (CoreModel default: mysql)',
  initial: (m: Preset['models'][number]) => m.constructorConnection ?? null,
};

function route(preset: Preset, envText: string, settings: ModelSettings, testMode: boolean): RoutingView {
  const models = preset.models.map((m) => ({
    name: m.name,
    kind: m.kind,
    connectionName: settings[controlKey(m.name, pin)] ?? null,
    constructorConnection: settings[controlKey(m.name, ctor)] ?? null,
  }));
  const r = resolveConnections({envText, models, testMode: preset.testMode && testMode});
  return {
    connections: preset.connections.map(({name, kind}) => {
      const t = r.targets[name as ConnectionName];
      return {name, kind, driver: t.driver, database: t.database.value, databaseKey: t.databaseKey, label: t.label, error: null, sqlite: t.driver === 'sqlite'};
    }),
    routes: r.routes.map((route) => {
      const {instance, resolver} = route;
      const t = instance.target;
      const moved = testMode && instance.name && !instance.name.endsWith('_test') ? ' Test mode does not change it.' : '';
      return {
        model: route.model,
        kind: route.kind,
        connection: instance.connection,
        driver: t?.driver ?? '?',
        database: t?.database.value ?? '(not a connection)',
        databaseFrom: t?.database.from ?? null,
        databaseKey: t?.databaseKey ?? `invalid:${instance.connection}`,
        reason: 'constructor',
        explanation: `${instance.explanation}${moved} (${instance.source})`,
        other: `${resolver.connection}: ${resolver.explanation} (${resolver.source})`,
        error: instance.thrown ?? instance.firstQueryThrows,
      };
    }),
    warnings: r.findings.map((f) => ({
      severity: f.severity,
      message: `${f.printed === 'silent' ? 'The package says nothing. ' : ''}${f.message}`,
      ...(f.packageText ? {quote: f.packageText} : {}),
    })),
    unpinned: `The CLI without a driver flag (the resolver, no pin) uses ${r.unpinned.connection} (${r.unpinned.target.label}). ${r.unpinned.explanation}`,
  };
}

function cli(line: string, envText: string): CliView {
  const plan = planCliCommand(line, envText);
  if (plan.kind === 'error') return {ok: false, text: plan.error, targets: [], printed: [], notes: []};
  if (plan.kind === 'help') return {ok: true, text: plan.explanation, targets: [], printed: [], notes: []};
  return {
    ok: true,
    text: plan.explanation,
    targets: plan.targets.map((t) => ({connection: t.connection, label: t.target.label, ...(t.note ? {note: t.note} : {})})),
    printed: plan.printed,
    notes: plan.notes,
  };
}

export const eloquentRuleset: Ruleset = {
  kindLabel: {sql: 'SqlModel', mongo: 'MongoModel'},
  controls: [pin, ctor],
  otherColumn: 'CLI and resolver',
  testMode: {label: 'Test mode', hint: "(as with the CLI's --test or { test: true })"},
  route,
  cli: {initial: 'eloquent db:seed --mongo --test --class GeoLocationSeeder', plan: cli},
};
