// One view of "which model goes where" for the UI, whichever rules the preset follows.
import {resolveConnections, type ConnectionName} from '@site/src/lib/eloquentConnections';
import {resolveNestConnections} from '@site/src/lib/nestjsConnections';
import type {Preset} from '@site/src/lib/playgroundPresets';

export interface ConnectionView {
  name: string;
  kind: 'sql' | 'mongo';
  driver: string;
  database: string;
  databaseKey: string;
  label: string;
  error: string | null;
}

export interface RouteView {
  model: string;
  kind: 'sql' | 'mongo';
  connection: string;
  driver: string;
  database: string;
  /** The `.env` key the database came from, or null for a built-in default. */
  databaseFrom: string | null;
  databaseKey: string;
  reason: string;
  explanation: string;
  error: string | null;
}

export interface WarningView {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface RoutingView {
  connections: ConnectionView[];
  routes: RouteView[];
  warnings: WarningView[];
  /** Where a model without a pin would go, in words. */
  unpinned: string;
}

export type Pins = Record<string, string | null>;

export function computeRouting(preset: Preset, envText: string, pins: Pins, testMode: boolean): RoutingView {
  const models = preset.models.map((m) => ({...m, connectionName: pins[m.name] ?? null}));
  if (preset.ruleset === 'eloquent') {
    const r = resolveConnections({envText, models, testMode: preset.testMode && testMode});
    return {
      connections: preset.connections.map(({name, kind}) => {
        const t = r.targets[name as ConnectionName];
        return {name, kind, driver: t.driver, database: t.database.value, databaseKey: t.databaseKey, label: t.label, error: null};
      }),
      routes: r.routes.map((route) => ({
        model: route.model,
        kind: route.kind,
        connection: route.connection,
        driver: route.target.driver,
        database: route.target.database.value,
        databaseFrom: route.target.database.from,
        databaseKey: route.target.databaseKey,
        reason: route.reason,
        explanation: route.explanation,
        error: route.error,
      })),
      warnings: r.warnings.map(({severity, message}) => ({severity, message})),
      unpinned: `A model without a pin uses ${r.unpinned.connection} (${r.targets[r.unpinned.connection].label}). ${r.unpinned.explanation}`,
    };
  }
  const r = resolveNestConnections({envText, models});
  return {
    connections: preset.connections.map(({name, kind}) => {
      const t = r.targets[name as 'default' | 'secret'];
      return {name, kind, driver: t.driver, database: t.database.value, databaseKey: t.databaseKey, label: t.label, error: t.error};
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
      error: route.error,
    })),
    warnings: r.warnings.map(({severity, message}) => ({severity, message})),
    unpinned: `An entity registered without a connection name uses default (${r.targets.default.label}).`,
  };
}

/** The SQL a new database starts with. */
export function schemaFor(preset: Preset, routing: RoutingView, databaseKey: string): string {
  return preset.models
    .filter((m) => m.kind === 'sql' && m.createTable)
    .filter((m) => preset.tables === 'all-models' || routing.routes.some((r) => r.model === m.name && r.databaseKey === databaseKey))
    .map((m) => m.createTable)
    .join('\n');
}

/** What the console shows first for a connection: the table of a model that lives there. */
export function defaultQuery(preset: Preset, routing: RoutingView, connection: string): string {
  const sqlModels = preset.models.filter((m) => m.kind === 'sql');
  const here = sqlModels.find((m) => routing.routes.some((r) => r.model === m.name && r.connection === connection));
  const model = here ?? (preset.tables === 'all-models' ? sqlModels[0] : undefined);
  return model ? `SELECT * FROM ${model.table};` : "SELECT name, sql FROM sqlite_master WHERE type = 'table';";
}
