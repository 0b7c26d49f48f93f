// What the playground needs from an ORM's rules, whatever the ORM: the connections a preset
// has, where each model's rows go and why, what to warn about, the controls each model offers
// and, when the ORM has one, a CLI planner. The component only renders these views, so it has
// no ORM-specific branch or wording of its own.
import type {ModelKind, Preset} from './presets';

/** Each model's settings: `settings[model]` is the main control, `settings[`${model}#${id}`]` the others. */
export type ModelSettings = Record<string, string | null>;

export interface ModelControl {
  /** '' for the main control, else the key suffix after `#`. */
  id: string;
  /** Accessible name of the select for one model, e.g. "User static connectionName". */
  label: (model: string) => string;
  /** Short visible caption above the select, e.g. "static connectionName". */
  caption: string;
  /** What the empty option means. */
  none: string;
  /** The preset's value for a model. */
  initial: (model: Preset['models'][number]) => string | null;
}

export interface ConnectionView {
  name: string;
  kind: ModelKind;
  driver: string;
  database: string;
  databaseKey: string;
  label: string;
  /** Set when the connection cannot open. */
  error: string | null;
  /** The connection's own engine is SQLite, so the in-browser database is not a stand-in. */
  sqlite: boolean;
}

export interface RouteView {
  model: string;
  kind: ModelKind;
  /** Where the model's rows go. */
  connection: string;
  driver: string;
  database: string;
  /** The `.env` key the database came from, or null for a built-in default. */
  databaseFrom: string | null;
  databaseKey: string;
  reason: string;
  explanation: string;
  /** What another part of the ORM picks for this model, when the ruleset has one (see `otherColumn`). */
  other: string | null;
  /** Set when creating a record fails: nothing is written. */
  error: string | null;
}

export interface WarningView {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The ORM's own words, when it prints or throws something. */
  quote?: string;
}

export interface RoutingView {
  connections: ConnectionView[];
  routes: RouteView[];
  warnings: WarningView[];
  /** Where a model without a setting would go, in words. */
  unpinned: string;
}

export interface CliView {
  ok: boolean;
  /** A sentence about what the command does, or its error. */
  text: string;
  targets: {connection: string; label: string; note?: string}[];
  /** Lines the tool prints on the way, exact. */
  printed: string[];
  notes: string[];
}

export interface Ruleset {
  /** The class a model extends, shown beside its name. */
  kindLabel: Record<ModelKind, string>;
  controls: ModelControl[];
  /** Heading of the extra routing column, or null when the ruleset has no second answer. */
  otherColumn: string | null;
  /** The test-mode switch, or null when the ORM has none. */
  testMode: {label: string; hint: string} | null;
  route(preset: Preset, envText: string, settings: ModelSettings, testMode: boolean): RoutingView;
  cli: {initial: string; plan(line: string, envText: string): CliView} | null;
}

export function controlKey(model: string, control: ModelControl): string {
  return control.id ? `${model}#${control.id}` : model;
}

export function initialSettings(preset: Preset, ruleset: Ruleset): ModelSettings {
  const settings: ModelSettings = {};
  for (const model of preset.models) for (const control of ruleset.controls) settings[controlKey(model.name, control)] = control.initial(model);
  return settings;
}
