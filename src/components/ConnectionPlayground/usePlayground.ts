// The playground's behaviour: its state (see ./state.ts), the rules of the preset's ORM, the SQL
// engine in its worker, and what each control does. The panels only render and call these.
import {useCallback, useDeferredValue, useEffect, useMemo, useReducer, useRef} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {MASK, MAX_ENV_CHARS, maskSecrets, type EnvSecret} from '@site/src/lib/dotenv';
import {IN_MEMORY} from '@site/src/lib/nestjsConnections';
import {encodeLinkState} from '@site/src/lib/playgroundLink';
import {PRESETS, type PresetId, type PresetModel} from '@site/src/lib/playgroundPresets';
import {initialSettings, type RoutingView} from '@site/src/lib/playgroundRuleset';
import {openingState, type Boot, type StartFrom} from './boot';
import {InterruptedError, LIMITS, SqlEngine, type ExecOutcome} from './engine';
import {addDocument, objectId} from './mongoStore';
import {PRESET_ENV} from './presetEnv';
import {defaultQuery, firstSqlConnection, resultSource, schemaFor} from './routing';
import {RULESETS} from './rulesets';
import {reducer, stateFrom, writeSaved, type Message} from './state';
import {saveFile, slug} from './files';

export const number = new Intl.NumberFormat('en');

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

export function usePlayground(presetId: PresetId, from: StartFrom, boot?: Boot) {
  const preset = PRESETS[presetId];
  const ruleset = RULESETS[preset.ruleset];
  const assetsUrl = useBaseUrl(`/${__SQLJS_ASSETS_DIR__}`);
  // Started by the Start click (see boot.ts), or here when there is no such start.
  const [state, dispatch] = useReducer(reducer, null, () => boot?.state ?? openingState(presetId, from));
  const deferredEnv = useDeferredValue(state.env);
  const secrets = useMemo(() => maskSecrets(deferredEnv, PRESET_ENV[preset.id]).secrets, [deferredEnv, preset.id]);
  const routing = useMemo(
    () => ruleset.route(preset, deferredEnv, state.settings, state.testMode),
    [ruleset, preset, deferredEnv, state.settings, state.testMode],
  );
  const current = routing.connections.find((c) => c.name === state.consoleConnection) ?? routing.connections[0];
  const cliPlan = useMemo(() => (ruleset.cli ? ruleset.cli.plan(state.cli, deferredEnv) : null), [ruleset, state.cli, deferredEnv]);

  const engine = useRef<SqlEngine | null>(null);
  const counters = useRef<Record<string, number>>({});
  // What the engine's callbacks need from the latest render; written after each commit.
  const latest = useRef({routing, sql: state.sql, connection: state.consoleConnection});
  useEffect(() => {
    latest.current = {routing, sql: state.sql, connection: state.consoleConnection};
  });

  // Shows the outcome of a statement sent to the engine (by `run`, or by the Start click).
  const report = useCallback(async (from: string, outcome: Promise<ExecOutcome>) => {
    dispatch({type: 'outcome', outcome: {kind: 'running'}});
    try {
      dispatch({type: 'outcome', outcome: {kind: 'result', ...(await outcome), where: from}});
    } catch (error) {
      const failed =
        error instanceof InterruptedError
          ? {kind: 'stopped' as const, text: `${error.message} The SQL engine was restarted and every database is back as it was before this statement.`}
          : {kind: 'error' as const, text: `SQLite: ${(error as Error).message}. Nothing was changed.`};
      dispatch({type: 'outcome', outcome: failed});
    }
  }, []);

  const run = useCallback(
    (text: string, connectionName: string, view: RoutingView = latest.current.routing) => {
      const connection = view.connections.find((c) => c.name === connectionName);
      const sqlEngine = engine.current;
      if (!connection || connection.kind !== 'sql' || !sqlEngine) return;
      if (connection.error) return dispatch({type: 'outcome', outcome: {kind: 'error', text: connection.error}});
      void report(resultSource(connection), sqlEngine.exec(connection.databaseKey, text, [], schemaFor(preset, view, connection.databaseKey)));
    },
    [preset, report],
  );

  const started = useRef(boot);
  useEffect(() => {
    // The engine the Start click started, with the query it already sent, if still unclaimed; else
    // a new engine (a second mount, say).
    const handed = started.current?.take();
    const sqlEngine = handed?.engine ?? new SqlEngine(new URL(assetsUrl, window.location.href).href);
    const note = (text: string, tone: 'status' | 'alert' = 'status') => dispatch({type: 'note', slot: 'engine', note: {tone, text}});
    sqlEngine.listen((event) => {
      if (event.type === 'busy') dispatch({type: 'engine', busy: event.busy});
      else note(`SQL engine restarted (${event.why === 'time-limit' ? 'time limit' : event.why}); every database was restored from its last good state.`);
    });
    engine.current = sqlEngine;
    let live = true;
    sqlEngine.whenReady().then(
      () => {
        if (!live) return;
        // Straight from the ready callback, not one render later; the query the click sent is
        // shown when it is still the console's (the reader may have changed it meanwhile).
        const {sql, connection} = latest.current;
        const first = handed?.first;
        if (first && first.sql === sql && first.connection === connection) {
          void report(first.from, first.outcome);
        } else {
          run(sql, connection);
        }
        dispatch({type: 'engine', ready: true});
        note('SQL engine ready: SQLite (sql.js) in a Web Worker.');
      },
      (error: Error) => live && note(`The SQL engine did not start: ${error.message}`, 'alert'),
    );
    return () => {
      live = false;
      sqlEngine.dispose();
      engine.current = null;
    };
  }, [assetsUrl, run, report]);

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
      return say('env', {tone: 'alert', text: `The .env is limited to ${number.format(MAX_ENV_CHARS)} characters; that change was not applied.`});
    dispatch({type: 'env', env: value});
  }

  function changeSql(value: string): void {
    if (value.length > LIMITS.maxSql)
      return say('sql', {tone: 'alert', text: `The SQL is limited to ${number.format(LIMITS.maxSql)} characters; that change was not applied.`});
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
    const sqlEngine = engine.current;
    if (!sqlEngine) return;
    const schema = schemaFor(preset, routing, route.databaseKey);
    try {
      if (preset.tables === 'models-on-connection' && model.createTable) await sqlEngine.exec(route.databaseKey, model.createTable, [], schema);
      const out = await sqlEngine.exec(route.databaseKey, `${record.sql}\nSELECT last_insert_rowid() AS id;`, record.params, schema);
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
    engine.current?.reset();
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
    const sqlEngine = engine.current;
    if (!sqlEngine || current.error) return;
    try {
      const bytes = await sqlEngine.fileOf(current.databaseKey, schemaFor(preset, routing, current.databaseKey));
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
      stop: () => engine.current?.stop(),
    },
  };
}

export type PlaygroundApi = ReturnType<typeof usePlayground>;
