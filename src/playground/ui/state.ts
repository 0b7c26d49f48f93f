// The playground's state as one value and the changes it goes through (a reducer), plus the
// setup it starts from: the guide's preset, what a shared link carries, or the reader's own edits
// kept in this browser.
import {decodeLinkState, encodeLinkState, type PlaygroundLinkState} from './link';
import type {Preset} from '../rules/presets';
import {controlKey, initialSettings, type ModelSettings, type Ruleset} from '../rules/ruleset';
import type {QueryResult} from '../engine/engine';
import type {MongoData} from './mongoStore';

export type Message = {tone: 'status' | 'alert'; text: string} | null;

export type ConsoleOutcome =
  | {kind: 'running'}
  | {kind: 'result'; result: QueryResult | null; statements: number; changes: number; where: string}
  | {kind: 'error'; text: string}
  | {kind: 'stopped'; text: string}
  | null;

export type NoteSlot = 'link' | 'env' | 'create' | 'sql' | 'engine';

export interface PlaygroundState {
  env: string;
  settings: ModelSettings;
  testMode: boolean;
  notes: Record<NoteSlot, Message>;
  shareUrl: string | null;
  /** Share puts the .env's secrets in the link as they are (the reader ticked it), not masked. */
  includeSecrets: boolean;
  ready: boolean;
  busy: boolean;
  mongo: MongoData;
  cli: string;
  consoleConnection: string;
  sql: string;
  /** The console still shows the query the playground chose (not one the reader typed). */
  sqlIsDefault: boolean;
  outcome: ConsoleOutcome;
}

export type Action =
  | {type: 'env'; env: string}
  | {type: 'setting'; key: string; value: string | null}
  | {type: 'test'; on: boolean}
  | {type: 'note'; slot: NoteSlot; note: Message}
  | {type: 'shared'; url: string; note: Message}
  | {type: 'include-secrets'; on: boolean}
  | {type: 'engine'; ready?: boolean; busy?: boolean}
  | {type: 'mongo'; update: (data: MongoData) => MongoData}
  | {type: 'cli'; line: string}
  | {type: 'console'; connection: string; sql?: string}
  | {type: 'sql'; sql: string}
  | {type: 'outcome'; outcome: ConsoleOutcome}
  | {type: 'reset'; state: PlaygroundState};

export function reducer(state: PlaygroundState, action: Action): PlaygroundState {
  switch (action.type) {
    case 'env':
      return {...state, env: action.env, notes: {...state.notes, env: null}};
    case 'setting':
      return {...state, settings: {...state.settings, [action.key]: action.value}};
    case 'test':
      return {...state, testMode: action.on};
    case 'note':
      return {...state, notes: {...state.notes, [action.slot]: action.note}};
    case 'shared':
      return {...state, shareUrl: action.url, notes: {...state.notes, link: action.note}};
    case 'include-secrets':
      return {...state, includeSecrets: action.on};
    case 'engine':
      return {...state, ready: action.ready ?? state.ready, busy: action.busy ?? state.busy};
    case 'mongo':
      return {...state, mongo: action.update(state.mongo)};
    case 'cli':
      return {...state, cli: action.line};
    case 'console':
      return {...state, consoleConnection: action.connection, outcome: null, ...(action.sql === undefined ? {} : {sql: action.sql})};
    case 'sql':
      return {...state, sql: action.sql, sqlIsDefault: false, notes: {...state.notes, sql: null}};
    case 'outcome':
      return {...state, outcome: action.outcome};
    case 'reset':
      return {...action.state, ready: state.ready, busy: state.busy, notes: {...action.state.notes, engine: state.notes.engine}};
  }
}

const NO_NOTES: Record<NoteSlot, Message> = {link: null, env: null, create: null, sql: null, engine: null};

export interface Setup {
  env: string;
  settings: ModelSettings;
  testMode: boolean;
  note: Message;
}

/**
 * A setup to open instead of the guide's preset: a shared link's hash, or the reader's edits saved
 * in this browser (kept in the same form as a link, so one decoder checks both).
 */
export type Opening = {from: 'link' | 'saved'; text: string} | null;

/** The guide's preset, or the setup `opening` carries (checked field by field, kept as text). */
export function initialSetup(preset: Preset, ruleset: Ruleset, presetEnv: string, opening: Opening): Setup {
  const fallback: Setup = {env: presetEnv, settings: initialSettings(preset, ruleset), testMode: false, note: null};
  const decoded = opening === null ? null : decodeLinkState(opening.text);
  if (opening === null || decoded === null) return fallback;
  if (!decoded.ok) {
    const why = opening.from === 'link' ? decoded.error : 'Your saved edits could not be read.';
    return {...fallback, note: {tone: 'alert', text: `${why} Showing the guide's preset instead.`}};
  }
  const {state} = decoded;
  const names = new Set(preset.connections.map((c) => c.name));
  const keys = new Set(preset.models.flatMap((m) => ruleset.controls.map((c) => controlKey(m.name, c))));
  const settings = initialSettings(preset, ruleset);
  const dropped: string[] = [];
  for (const [key, value] of Object.entries(state.pins)) {
    if (!keys.has(key) || (value !== null && !names.has(value))) dropped.push(key.replace('#', ' '));
    else settings[key] = value;
  }
  const notes = [
    opening.from === 'link'
      ? 'Opened the setup from the link.'
      : 'Restored your edits from your last visit (kept in this browser; “Reset to the example” starts over).',
  ];
  if (state.preset !== preset.id) notes.push('The link was made on another page, so only what fits here was used.');
  if (dropped.length > 0) notes.push(`Pins ignored (no such model or connection here): ${dropped.join(', ')}.`);
  return {env: state.env, settings, testMode: preset.testMode && state.test, note: {tone: 'status', text: notes.join(' ')}};
}

export function stateFrom(setup: Setup, cli: string, consoleConnection: string, sql: string): PlaygroundState {
  return {
    env: setup.env,
    settings: setup.settings,
    testMode: setup.testMode,
    notes: {...NO_NOTES, link: setup.note},
    shareUrl: null,
    includeSecrets: false,
    ready: false,
    busy: false,
    mongo: {},
    cli,
    consoleConnection,
    sql,
    sqlIsDefault: true,
    outcome: null,
  };
}

/** The reader's saved edits under `key`, or null (none, or storage is off in this browser). */
export function readSaved(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps `setup` under `key` in this browser, or forgets it (null). Storage that is off or full keeps nothing. */
export function writeSaved(key: string, setup: PlaygroundLinkState | null): void {
  try {
    if (setup) window.localStorage.setItem(key, encodeLinkState(setup));
    else window.localStorage.removeItem(key);
  } catch {
    // Edits then last as long as the page.
  }
}
