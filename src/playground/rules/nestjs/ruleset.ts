// The NestJS example's rules as the playground shows them: entities on the connection they are
// registered on, no test mode, no CLI.
import {resolveNestConnections, type NestConnectionKeys, type NestConnectionName} from './connections';
import type {Preset} from '../presets';
import type {ModelSettings, Ruleset, RoutingView} from '../ruleset';

const registered = {
  id: '',
  label: (model: string) => `${model} connection`,
  caption: 'registered on',
  none: 'none (default)',
  initial: (m: Preset['models'][number]) => m.connectionName,
};

export function nestjsRuleset(keys: NestConnectionKeys): Ruleset {
  function route(preset: Preset, envText: string, settings: ModelSettings): RoutingView {
    const models = preset.models.map((m) => ({...m, connectionName: settings[m.name] ?? null}));
    const r = resolveNestConnections({envText, models, keys});
    return {
      connections: preset.connections.map(({name, kind}) => {
        const t = r.targets[name as NestConnectionName];
        return {
          name,
          kind,
          driver: t.driver,
          database: t.database.value,
          databaseKey: t.databaseKey,
          label: t.label,
          error: t.error,
          sqlite: t.driver === 'sqljs',
        };
      }),
      routes: r.routes.map((route) => ({
        model: route.model,
        kind: 'sql',
        connection: route.connection,
        driver: route.target.driver,
        database: route.target.database.value,
        databaseFrom: route.target.database.from,
        databaseKey: route.target.databaseKey,
        reason: route.reason === 'pinned' ? 'registered on it' : 'no name: default',
        explanation: route.explanation,
        other: null,
        error: route.error,
      })),
      warnings: r.warnings.map(({severity, message}) => ({severity, message})),
      unpinned: `An entity registered without a connection name uses default (${r.targets.default.label}).`,
    };
  }
  return {
    kindLabel: {sql: 'entity', mongo: 'entity'},
    controls: [registered],
    otherColumn: null,
    testMode: null,
    route,
    cli: null,
  };
}
