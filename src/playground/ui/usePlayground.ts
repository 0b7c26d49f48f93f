// The playground's behaviour: its state (see ./state.ts), the rules of the preset's ORM, the SQL
// engine in its worker, and what each control does. The panels only render and call these.
import {useDeferredValue, useEffect, useMemo, useReducer, useRef} from 'react';
import {MASK, MAX_ENV_CHARS, maskSecrets, type EnvSecret} from '../rules/dotenv';
import {IN_MEMORY} from '../rules/nestjs/connections';
import {encodeLinkState} from './link';
import {InterruptedError, LIMITS, type ExecOutcome, type SqlEngine} from '../engine/engine';
import {PRESET_ENV, RULESETS} from '../rules/fromExamples';
import {PRESETS, type Preset, type PresetId, type PresetModel} from '../rules/presets';
import {defaultQuery, firstSqlConnection, resultSource, schemaFor} from '../rules/routing';
import {initialSettings, type RoutingView} from '../rules/ruleset';
import {saveFile, slug} from './files';
import {addDocument, objectId} from './mongoStore';
import {
  initialSetup,
  readSaved,
  reducer,
  stateFrom,
  writeSaved,
  type ConsoleOutcome,
  type Message,
  type Opening as SavedOpening,
  type PlaygroundState,
} from './state';

/** 12345 → "12,345". Not Intl.NumberFormat: creating one loads ICU data on the main thread while the playground starts. */
export const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How long after the last edit the reader's setup is saved in this browser. */
const SAVE_DELAY_MS = 400;

/** "DB_PASSWORD (line 3), the password in MUSIC_DB_URL (line 5)". */
function listSecrets(secrets: EnvSecret[]): string {
  return secrets
    .map(({key, line, what}) =>
      what === 'value' ? `${key} (line ${line})` : key ? `the password in ${key} (line ${line})` : `the password in the URL on line ${line}`,
    )
    .join(', ');
}

/** What the reader asked to open: the shared link in the address bar, or their own saved edits. */
export interface StartFrom {
  link: boolean;
  /** Where this page's playground keeps the reader's edits in this browser. */
  storageKey: string;
}

/** A statement sent to the engine: where its result comes from (as the console says it), and its outcome. */
interface Sent {
  from: string;
  outcome: Promise<ExecOutcome>;
}

/** Sends `text` to the engine when the connection is a SQL one that opens. */
function send(engine: SqlEngine, preset: Preset, view: RoutingView, text: string, connectionName: string): Sent | null {
  const connection = view.connections.find((c) => c.name === connectionName);
  if (!connection || connection.kind !== 'sql' || connection.error) return null;
  return {from: resultSource(connection), outcome: engine.exec(connection.databaseKey, text, [], schemaFor(preset, view, connection.databaseKey))};
}

/** What a statement sent to the engine came to, as the console shows it. */
async function outcomeOf({from, outcome}: Sent): Promise<ConsoleOutcome> {
  try {
    return {kind: 'result', ...(await outcome), where: from};
  } catch (error) {
    return error instanceof InterruptedError
      ? {kind: 'stopped', text: `${error.message} The SQL engine was restarted and every database is back as it was before this statement.`}
      : {kind: 'error', text: `SQLite: ${(error as Error).message}. Nothing was changed.`};
  }
}

/**
 * The state a playground opens with (the preset, or the link's or saved setup `from` asks for),
 * once the engine has started and answered the first query. The panels then render once, with
 * that answer: rendering them while sql.js loads would take CPU time the worker needs.
 */
export async function openPlayground(presetId: PresetId, from: StartFrom, engine: SqlEngine): Promise<PlaygroundState> {
  const preset = PRESETS[presetId];
  const {state, routing} = openingState(preset, from);
  const first = send(engine, preset, routing, state.sql, state.consoleConnection);
  const outcome = first ? outcomeOf(first) : null;
  try {
    await engine.whenReady();
  } catch (error) {
    return {...state, notes: {...state.notes, engine: {tone: 'alert', text: `The SQL engine did not start: ${(error as Error).message}`}}};
  }
  return {
    ...state,
    ready: true,
    outcome: await outcome,
    notes: {...state.notes, engine: {tone: 'status', text: 'SQL engine ready: SQLite (sql.js) in a Web Worker.'}},
  };
}

/** The state the preset, link or saved setup opens with, and where its connections go. */
function openingState(preset: Preset, {link, storageKey}: StartFrom): {state: PlaygroundState; routing: RoutingView} {
  const ruleset = RULESETS[preset.ruleset];
  const saved = link ? null : readSaved(storageKey);
  const opening: SavedOpening = link ? {from: 'link', text: window.location.hash} : saved === null ? null : {from: 'saved', text: saved};
  const setup = initialSetup(preset, ruleset, PRESET_ENV[preset.id], opening);
  const routing = ruleset.route(preset, setup.env, setup.settings, setup.testMode);
  const first = firstSqlConnection(preset, routing);
  return {state: stateFrom(setup, ruleset.cli?.initial ?? '', first, defaultQuery(preset, routing, first)), routing};
}

export function usePlayground(presetId: PresetId, from: StartFrom, engine: SqlEngine, opening: PlaygroundState) {
  const preset = PRESETS[presetId];
  const ruleset = RULESETS[preset.ruleset];
  const [state, dispatch] = useReducer(reducer, opening);
  const deferredEnv = useDeferredValue(state.env);
  const secrets = useMemo(() => maskSecrets(deferredEnv, PRESET_ENV[preset.id]).secrets, [deferredEnv, preset.id]);
  const routing = useMemo(
    () => ruleset.route(preset, deferredEnv, state.settings, state.testMode),
    [ruleset, preset, deferredEnv, state.settings, state.testMode],
  );
  const current = routing.connections.find((c) => c.name === state.consoleConnection) ?? routing.connections[0];
  const cliPlan = useMemo(() => (ruleset.cli ? ruleset.cli.plan(state.cli, deferredEnv) : null), [ruleset, state.cli, deferredEnv]);

  const counters = useRef<Record<string, number>>({});

  // Shows the outcome of a statement sent to the engine.
  async function report(sent: Sent): Promise<void> {
    dispatch({type: 'outcome', outcome: {kind: 'running'}});
    dispatch({type: 'outcome', outcome: await outcomeOf(sent)});
  }

  const run = (text: string, connectionName: string, view: RoutingView = routing) => {
    const error = view.connections.find((c) => c.name === connectionName)?.error;
    if (error) return dispatch({type: 'outcome', outcome: {kind: 'error', text: error}});
    const sent = send(engine, preset, view, text, connectionName);
    if (sent) void report(sent);
  };

  useEffect(() => {
    engine.listen((event) => {
      if (event.type === 'busy') return dispatch({type: 'engine', busy: event.busy});
      const why = event.why === 'time-limit' ? 'time limit' : event.why;
      const text = `SQL engine restarted (${why}); every database was restored from its last good state.`;
      dispatch({type: 'note', slot: 'engine', note: {tone: 'status', text}});
    });
    return () => engine.listen(() => {});
  }, [engine]);

  // The reader's edits are kept in this browser, per page and preset, once they change anything:
  // SAVE_DELAY_MS after the last edit, or when the page goes away. Back at the preset, nothing is kept.
  const {env, settings, testMode} = state;
  const opened = useRef({env, settings, testMode, edited: false});
  const pendingSave = useRef<(() => void) | null>(null);
  useEffect(() => {
    const was = opened.current;
    if (!was.edited && env === was.env && settings === was.settings && testMode === was.testMode) return;
    was.edited = true;
    const defaults = initialSettings(preset, ruleset);
    const atPreset = env === PRESET_ENV[preset.id] && !testMode && Object.keys(defaults).every((key) => settings[key] === defaults[key]);
    const save = () => {
      pendingSave.current = null;
      writeSaved(from.storageKey, atPreset ? null : {preset: preset.id, env, pins: settings, test: testMode});
    };
    pendingSave.current = save;
    const timer = setTimeout(save, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [env, settings, testMode, preset, ruleset, from.storageKey]);
  useEffect(() => {
    const flush = () => pendingSave.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const say = (slot: 'link' | 'env' | 'create' | 'sql', note: Message) => dispatch({type: 'note', slot, note});

  function changeEnv(value: string): void {
    if (value.length > MAX_ENV_CHARS)
      return say('env', {tone: 'alert', text: `The .env is limited to ${count(MAX_ENV_CHARS)} characters; that change was not applied.`});
    dispatch({type: 'env', env: value});
  }

  function changeSql(value: string): void {
    if (value.length > LIMITS.maxSql)
      return say('sql', {tone: 'alert', text: `The SQL is limited to ${count(LIMITS.maxSql)} characters; that change was not applied.`});
    dispatch({type: 'sql', sql: value});
  }

  function chooseConnection(name: string): void {
    if (!state.sqlIsDefault) return dispatch({type: 'console', connection: name});
    const query = defaultQuery(preset, routing, name);
    dispatch({type: 'console', connection: name, sql: query});
    if (state.ready && routing.connections.find((c) => c.name === name)?.kind === 'sql') run(query, name, routing);
  }

  async function create(model: PresetModel): Promise<void> {
    const route = routing.routes.find((r) => r.model === model.name)!;
    if (route.error) return say('create', {tone: 'alert', text: `${model.name}: nothing created. ${route.error}`});
    const n = (counters.current[model.name] ?? 0) + 1;
    counters.current[model.name] = n;
    const record = model.newRecord(n);
    if ('document' in record) {
      const document = {_id: objectId(), ...record.document};
      dispatch({type: 'mongo', update: (data) => addDocument(data, route.databaseKey, model.table, document)});
      return say('create', {
        tone: 'status',
        text: `Created ${model.name} ${n} through ${route.connection}: document ${document._id} in ${route.database}.${model.table} (simulated Mongo).`,
      });
    }
    const schema = schemaFor(preset, routing, route.databaseKey);
    try {
      if (preset.tables === 'models-on-connection' && model.createTable) await engine.exec(route.databaseKey, model.createTable, [], schema);
      const out = await engine.exec(route.databaseKey, `${record.sql}\nSELECT last_insert_rowid() AS id;`, record.params, schema);
      const id = out.result?.rows[0]?.[0];
      const where = route.database === IN_MEMORY ? IN_MEMORY : `in ${route.database}`;
      say('create', {tone: 'status', text: `Created ${model.name} ${n} through ${route.connection}: row ${id} of ${model.table} ${where}.`});
      if (state.sqlIsDefault && current.databaseKey === route.databaseKey) run(state.sql, state.consoleConnection, routing);
    } catch (error) {
      say('create', {tone: 'alert', text: `${model.name}: nothing created. SQLite: ${(error as Error).message}.`});
    }
  }

  // Secrets in the .env go into the link masked, unless the reader ticked "Include secrets".
  function share(withSecrets = state.includeSecrets): void {
    const masked = maskSecrets(state.env, PRESET_ENV[preset.id]);
    const found = listSecrets(masked.secrets);
    const env = withSecrets ? state.env : masked.text;
    const hash = encodeLinkState({preset: preset.id, env, pins: state.settings, test: state.testMode});
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${hash}`;
    const secretsSaid =
      masked.secrets.length === 0
        ? ''
        : withSecrets
          ? ` It includes the secrets ${found}: anyone with the link can read them.`
          : ` Secrets are masked as ${MASK} in it: ${found}. To share them, tick “Include secrets in the link”.`;
    window.history.replaceState(window.history.state, '', url);
    dispatch({type: 'shared', url, note: {tone: 'status', text: `The link to this setup is in the address bar and below.${secretsSaid}`}});
    navigator.clipboard?.writeText(url).then(
      () => say('link', {tone: 'status', text: `Link copied. It is also in the address bar and below.${secretsSaid}`}),
      () => undefined,
    );
  }

  function includeSecrets(on: boolean): void {
    dispatch({type: 'include-secrets', on});
    if (state.shareUrl) share(on); // the link shown so far no longer says what the box says
  }

  function reset(): void {
    const setup = {env: PRESET_ENV[preset.id], settings: initialSettings(preset, ruleset), testMode: false, note: null};
    const first = ruleset.route(preset, setup.env, setup.settings, false);
    const connection = firstSqlConnection(preset, first);
    counters.current = {};
    engine.reset();
    const fresh = stateFrom(setup, state.cli, connection, defaultQuery(preset, first, connection));
    dispatch({
      type: 'reset',
      state: {...fresh, notes: {...fresh.notes, link: {tone: 'status', text: "Back to the guide's preset; every database is empty again."}}},
    });
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
  }

  async function download(): Promise<void> {
    if (current.kind === 'mongo') {
      const json = JSON.stringify(state.mongo[current.databaseKey] ?? {}, null, 2);
      return saveFile(`${current.name}-${slug(current.database)}.json`, new Blob([json], {type: 'application/json'}));
    }
    if (current.error) return;
    try {
      const bytes = await engine.fileOf(current.databaseKey, schemaFor(preset, routing, current.databaseKey));
      saveFile(`${current.name}-${slug(current.database)}.sqlite`, new Blob([bytes as BlobPart], {type: 'application/vnd.sqlite3'}));
    } catch (error) {
      dispatch({type: 'outcome', outcome: {kind: 'error', text: `Download failed: ${(error as Error).message}`}});
    }
  }

  return {
    preset,
    ruleset,
    state,
    secrets,
    routing,
    current,
    cliPlan,
    actions: {
      changeEnv,
      changeSql,
      chooseConnection,
      create,
      share: () => share(),
      includeSecrets,
      reset,
      download,
      say,
      setting: (key: string, value: string | null) => dispatch({type: 'setting', key, value}),
      setTestMode: (on: boolean) => dispatch({type: 'test', on}),
      setCli: (line: string) => dispatch({type: 'cli', line}),
      runSql: () => run(state.sql, current.name, routing),
      stop: () => engine.stop(),
    },
  };
}

export type PlaygroundApi = ReturnType<typeof usePlayground>;
