// The playground's first moment, apart from its panels: the state it opens with and its first
// query, which the Start click hands to the SQL engine as soon as the engine and this chunk are
// both there. The worker then loads sql.js, opens the database and answers that query while the
// page is still rendering the panels, instead of being asked only once they have rendered.
import {PRESETS, type PresetId} from '@site/src/lib/playgroundPresets';
import type {RoutingView} from '@site/src/lib/playgroundRuleset';
import type {ExecOutcome, SqlEngine} from './engine';
import {PRESET_ENV} from './presetEnv';
import {defaultQuery, firstSqlConnection, resultSource, schemaFor} from './routing';
import {RULESETS} from './rulesets';
import {initialSetup, readSaved, stateFrom, type Opening, type PlaygroundState} from './state';

/** A query sent before the UI asked for it, and the promise of its outcome. */
export interface FirstRun {
  sql: string;
  connection: string;
  /** Where its result comes from, as the console says it. */
  from: string;
  outcome: Promise<ExecOutcome>;
}

/** What the reader asked to open: the shared link in the address bar, or their own saved edits. */
export interface StartFrom {
  link: boolean;
  /** Where this page's playground keeps the reader's edits in this browser. */
  storageKey: string;
}

export interface Boot {
  /** The state the playground opens with (the guide's preset, a shared link's or saved setup). */
  state: PlaygroundState;
  /** Hands over, once, the started engine and its first query (null once taken). */
  take(): {engine: SqlEngine; first: FirstRun | null} | null;
}

/** The state a playground opens with: the preset, or the link's or saved setup `from` asks for. */
export function openingState(presetId: PresetId, from: StartFrom): PlaygroundState {
  return opening(presetId, from).state;
}

function openingOf({link, storageKey}: StartFrom): Opening {
  if (link) return {from: 'link', text: window.location.hash};
  const saved = readSaved(storageKey);
  return saved === null ? null : {from: 'saved', text: saved};
}

/** That state, and where it routes each model and connection. */
function opening(presetId: PresetId, from: StartFrom): {state: PlaygroundState; routing: RoutingView} {
  const preset = PRESETS[presetId];
  const ruleset = RULESETS[preset.ruleset];
  const setup = initialSetup(preset, ruleset, PRESET_ENV[preset.id], openingOf(from));
  const routing = ruleset.route(preset, setup.env, setup.settings, setup.testMode);
  const first = firstSqlConnection(preset, routing);
  const start = stateFrom(setup, ruleset.cli?.initial ?? '', first, defaultQuery(preset, routing, first));
  return {state: {...start, notes: {...start.notes, engine: {tone: 'status', text: 'Starting the SQL engine (SQLite in a Web Worker)…'}}}, routing};
}

/** Computes the opening state and sends its query to `engine` at once (when it is a SQL one). */
export function bootPlayground(presetId: PresetId, engine: SqlEngine, from: StartFrom): Boot {
  const preset = PRESETS[presetId];
  const {state, routing} = opening(presetId, from);
  const connection = routing.connections.find((c) => c.name === state.consoleConnection);
  let first: FirstRun | null = null;
  if (connection?.kind === 'sql' && !connection.error) {
    const outcome = engine.exec(connection.databaseKey, state.sql, [], schemaFor(preset, routing, connection.databaseKey));
    outcome.catch(() => {}); // the UI reads it; an engine disposed before that is not an error
    first = {sql: state.sql, connection: connection.name, from: resultSource(connection), outcome};
  }
  let handed = false;
  return {
    state,
    take() {
      if (handed) return null;
      handed = true;
      return {engine, first};
    },
  };
}
