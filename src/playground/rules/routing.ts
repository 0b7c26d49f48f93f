// What a new SQL database starts with, and what the console shows first, for any ruleset.
import type {Preset} from './presets';
import type {RoutingView} from './ruleset';

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

/** The first SQL connection a model routes to, else the preset's first connection. */
export function firstSqlConnection(preset: Preset, routing: RoutingView): string {
  return (
    routing.routes.find((r) => r.kind === 'sql' && routing.connections.some((c) => c.name === r.connection && c.kind === 'sql'))?.connection ??
    preset.connections[0].name
  );
}

/** Where a console result came from, as the console says it. */
export const resultSource = (connection: {name: string; label: string}): string => `${connection.name} → ${connection.label}`;
