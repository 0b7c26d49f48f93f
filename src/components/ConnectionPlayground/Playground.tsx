// The playground itself, loaded only when the reader presses "Start playground" (see index.tsx):
// everything here, dotenv and the SQL engine included, stays out of the page until then.
import React, {useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {MAX_ENV_CHARS} from '@site/src/lib/dotenv';
import {planCliCommand} from '@site/src/lib/eloquentConnections';
import {decodeLinkState, encodeLinkState} from '@site/src/lib/playgroundLink';
import {PRESETS, type Preset, type PresetId, type PresetModel} from '@site/src/lib/playgroundPresets';
import {InterruptedError, LIMITS, SqlEngine, TIME_LIMIT_MS, type QueryResult} from './engine';
import {addDocument, objectId, type MongoData} from './mongoStore';
import {PRESET_ENV} from './presetEnv';
import {computeRouting, defaultQuery, schemaFor, type Pins, type RoutingView} from './routing';
import styles from './playground.module.css';

export interface PlaygroundProps {
  preset: PresetId;
  /** Hands over, once, an engine started on the Start click (null when there is none left). */
  takeEngine?: () => SqlEngine | null;
}

type Message = {tone: 'status' | 'alert'; text: string} | null;

type ConsoleOutcome =
  | {kind: 'running'}
  | {kind: 'result'; result: QueryResult | null; statements: number; changes: number; where: string}
  | {kind: 'error'; text: string}
  | {kind: 'stopped'; text: string}
  | null;

interface Setup {
  env: string;
  pins: Pins;
  test: boolean;
  notice: Message;
}

const number = new Intl.NumberFormat('en');

function presetPins(preset: Preset): Pins {
  return Object.fromEntries(preset.models.map((m) => [m.name, m.connectionName]));
}

/** The guide's preset, or what a shared link carries (checked field by field, kept as text). */
function initialSetup(preset: Preset): Setup {
  const fallback: Setup = {env: PRESET_ENV[preset.id], pins: presetPins(preset), test: false, notice: null};
  const decoded = typeof window === 'undefined' ? null : decodeLinkState(window.location.hash);
  if (decoded === null) return fallback;
  if (!decoded.ok) return {...fallback, notice: {tone: 'alert', text: `${decoded.error} Showing the guide's preset instead.`}};
  const {state} = decoded;
  const names = new Set(preset.connections.map((c) => c.name));
  const pins = presetPins(preset);
  const dropped: string[] = [];
  for (const [model, pin] of Object.entries(state.pins)) {
    if (!(model in pins) || (pin !== null && !names.has(pin))) dropped.push(model);
    else pins[model] = pin;
  }
  const notes = ['Opened the setup from the link.'];
  if (state.preset !== preset.id) notes.push('The link was made on another page, so only what fits here was used.');
  if (dropped.length > 0) notes.push(`Pins ignored (no such model or connection here): ${dropped.join(', ')}.`);
  return {env: state.env, pins, test: preset.testMode && state.test, notice: {tone: 'status', text: notes.join(' ')}};
}

function slug(text: string): string {
  return text.replace(/^.*[/\\]/, '').replace(/\.sqlite$/, '').replace(/[^\w.-]+/g, '_').slice(0, 60) || 'database';
}

function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Note({message, className}: {message: Message; className?: string}): ReactNode {
  if (!message) return null;
  return (
    <p role={message.tone} className={clsx(message.tone === 'alert' ? styles.alert : styles.status, className)}>
      {message.text}
    </p>
  );
}

export function Playground({preset: presetId, takeEngine}: PlaygroundProps): ReactNode {
  const preset = PRESETS[presetId];
  const ids = useId();
  const assetsUrl = useBaseUrl(`/${__SQLJS_ASSETS_DIR__}`);
  const [setup] = useState(() => initialSetup(preset));
  const [env, setEnv] = useState(setup.env);
  const [pins, setPins] = useState<Pins>(setup.pins);
  const [testMode, setTestMode] = useState(setup.test);
  const [linkNote, setLinkNote] = useState<Message>(setup.notice);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [envNote, setEnvNote] = useState<Message>(null);
  const [createNote, setCreateNote] = useState<Message>(null);
  const [engineNote, setEngineNote] = useState<Message>({tone: 'status', text: 'Starting the SQL engine (SQLite in a Web Worker)…'});
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState(false);
  const [mongo, setMongo] = useState<MongoData>({});
  const [cli, setCli] = useState('eloquent db:seed --mongo --test --class GeoLocationSeeder');
  const counters = useRef<Record<string, number>>({});
  const engine = useRef<SqlEngine | null>(null);
  const marked = useRef({routing: false, result: false});

  const deferredEnv = useDeferredValue(env);
  const routing = useMemo(() => computeRouting(preset, deferredEnv, pins, testMode), [preset, deferredEnv, pins, testMode]);
  const routingRef = useRef<RoutingView>(routing);
  routingRef.current = routing;

  const firstSql = routing.routes.find((r) => r.kind === 'sql')?.connection ?? preset.connections[0].name;
  const [consoleConnection, setConsoleConnection] = useState(firstSql);
  const [sql, setSql] = useState(() => defaultQuery(preset, routing, firstSql));
  const [sqlIsDefault, setSqlIsDefault] = useState(true);
  const [sqlNote, setSqlNote] = useState<Message>(null);
  const [outcome, setOutcome] = useState<ConsoleOutcome>(null);
  const current = routing.connections.find((c) => c.name === consoleConnection) ?? routing.connections[0];

  const run = useCallback(
    async (text: string, connectionName: string) => {
      const view = routingRef.current;
      const connection = view.connections.find((c) => c.name === connectionName);
      const sqlEngine = engine.current;
      if (!connection || connection.kind !== 'sql' || !sqlEngine) return;
      if (connection.error) {
        setOutcome({kind: 'error', text: connection.error});
        return;
      }
      setOutcome({kind: 'running'});
      try {
        const out = await sqlEngine.exec(connection.databaseKey, text, [], schemaFor(preset, view, connection.databaseKey));
        setOutcome({kind: 'result', ...out, where: `${connection.name} → ${connection.label}`});
        if (!marked.current.result) {
          marked.current.result = true;
          performance.mark('playground:first-result');
        }
      } catch (error) {
        if (error instanceof InterruptedError) {
          setOutcome({kind: 'stopped', text: `${error.message} The SQL engine was restarted and every database is back as it was before this statement.`});
        } else {
          setOutcome({kind: 'error', text: `SQLite: ${(error as Error).message}. Nothing was changed.`});
        }
      }
    },
    [preset],
  );

  // Show something from the database as soon as the engine is up: the query goes to the worker
  // straight from the engine's ready callback, not one render later.
  const autoRan = useRef(false);
  const runFirstQuery = useRef(() => {});
  runFirstQuery.current = () => {
    if (autoRan.current) return;
    autoRan.current = true;
    void run(sql, consoleConnection);
  };

  const takeStarted = useRef(takeEngine);
  useEffect(() => {
    // The engine the Start button already started, if it is still unclaimed; else a new one.
    const sqlEngine = takeStarted.current?.() ?? new SqlEngine(new URL(assetsUrl, window.location.href).href);
    sqlEngine.listen((event) => {
      if (event.type === 'busy') setBusy(event.busy);
      else setEngineNote({tone: 'status', text: `SQL engine restarted (${event.why === 'time-limit' ? 'time limit' : event.why}); every database was restored from its last good state.`});
    });
    engine.current = sqlEngine;
    let live = true;
    sqlEngine.whenReady().then(
      () => {
        if (!live) return;
        runFirstQuery.current();
        setReady(true);
        setEngineNote({tone: 'status', text: 'SQL engine ready: SQLite (sql.js) in a Web Worker.'});
      },
      (error: Error) => live && setEngineNote({tone: 'alert', text: `The SQL engine did not start: ${error.message}`}),
    );
    return () => {
      live = false;
      sqlEngine.dispose();
      engine.current = null;
    };
  }, [assetsUrl]);


  useEffect(() => {
    if (marked.current.routing) return;
    marked.current.routing = true;
    performance.mark('playground:routing-table');
  }, []);

  function refuseLong(event: ClipboardEvent<HTMLTextAreaElement>, max: number, what: string, note: (m: Message) => void): void {
    const field = event.currentTarget;
    const pasted = event.clipboardData.getData('text');
    const length = field.value.length - (field.selectionEnd - field.selectionStart) + pasted.length;
    if (length > max) {
      event.preventDefault();
      note({
        tone: 'alert',
        text: `Paste refused: it would make the ${what} ${number.format(length)} characters long, and the playground takes at most ${number.format(max)}. Nothing was pasted.`,
      });
    }
  }

  function changeEnv(value: string): void {
    if (value.length > MAX_ENV_CHARS) {
      setEnvNote({tone: 'alert', text: `The .env is limited to ${number.format(MAX_ENV_CHARS)} characters; that change was not applied.`});
      return;
    }
    setEnvNote(null);
    setEnv(value);
  }

  function changeSql(value: string): void {
    if (value.length > LIMITS.maxSql) {
      setSqlNote({tone: 'alert', text: `The SQL is limited to ${number.format(LIMITS.maxSql)} characters; that change was not applied.`});
      return;
    }
    setSqlNote(null);
    setSql(value);
    setSqlIsDefault(false);
  }

  function chooseConnection(name: string): void {
    setConsoleConnection(name);
    setOutcome(null);
    if (sqlIsDefault) {
      const query = defaultQuery(preset, routing, name);
      setSql(query);
      if (ready && routing.connections.find((c) => c.name === name)?.kind === 'sql') void run(query, name);
    }
  }

  async function create(model: PresetModel): Promise<void> {
    const route = routing.routes.find((r) => r.model === model.name)!;
    if (route.error) {
      setCreateNote({tone: 'alert', text: `${model.name}: nothing created. ${route.error}`});
      return;
    }
    const n = (counters.current[model.name] ?? 0) + 1;
    counters.current[model.name] = n;
    const record = model.newRecord(n);
    if ('document' in record) {
      const document = {_id: objectId(), ...record.document};
      setMongo((data) => addDocument(data, route.databaseKey, model.table, document));
      setCreateNote({
        tone: 'status',
        text: `Created ${model.name} ${n} through ${route.connection}: document ${document._id} in ${route.database}.${model.table} (simulated Mongo).`,
      });
      return;
    }
    const sqlEngine = engine.current;
    if (!sqlEngine) return;
    const schema = schemaFor(preset, routing, route.databaseKey);
    try {
      if (preset.tables === 'models-on-connection' && model.createTable) await sqlEngine.exec(route.databaseKey, model.createTable, [], schema);
      const out = await sqlEngine.exec(route.databaseKey, `${record.sql}\nSELECT last_insert_rowid() AS id;`, record.params, schema);
      const id = out.result?.rows[0]?.[0];
      setCreateNote({
        tone: 'status',
        text: `Created ${model.name} ${n} through ${route.connection}: row ${id} of ${model.table} in ${route.database}.`,
      });
      if (sqlIsDefault && current.databaseKey === route.databaseKey) void run(sql, consoleConnection);
    } catch (error) {
      setCreateNote({tone: 'alert', text: `${model.name}: nothing created. SQLite: ${(error as Error).message}.`});
    }
  }

  function share(): void {
    const hash = encodeLinkState({preset: preset.id, env, pins, test: testMode});
    const url = `${window.location.origin}${window.location.pathname}${window.location.search}#${hash}`;
    window.history.replaceState(window.history.state, '', url);
    setShareUrl(url);
    setLinkNote({tone: 'status', text: 'The link to this setup is in the address bar and below.'});
    navigator.clipboard?.writeText(url).then(
      () => setLinkNote({tone: 'status', text: 'Link copied. It is also in the address bar and below.'}),
      () => undefined,
    );
  }

  function reset(): void {
    setEnv(PRESET_ENV[preset.id]);
    setPins(presetPins(preset));
    setTestMode(false);
    setMongo({});
    counters.current = {};
    engine.current?.reset();
    setOutcome(null);
    setCreateNote(null);
    setEnvNote(null);
    setShareUrl(null);
    const first = computeRouting(preset, PRESET_ENV[preset.id], presetPins(preset), false);
    const connection = first.routes.find((r) => r.kind === 'sql')?.connection ?? preset.connections[0].name;
    setConsoleConnection(connection);
    setSql(defaultQuery(preset, first, connection));
    setSqlIsDefault(true);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    setLinkNote({tone: 'status', text: "Back to the guide's preset; every database is empty again."});
  }

  async function download(): Promise<void> {
    if (current.kind === 'mongo') {
      const json = JSON.stringify(mongo[current.databaseKey] ?? {}, null, 2);
      saveFile(`${current.name}-${slug(current.database)}.json`, new Blob([json], {type: 'application/json'}));
      return;
    }
    const sqlEngine = engine.current;
    if (!sqlEngine || current.error) return;
    try {
      const bytes = await sqlEngine.fileOf(current.databaseKey, schemaFor(preset, routing, current.databaseKey));
      saveFile(`${current.name}-${slug(current.database)}.sqlite`, new Blob([bytes as BlobPart], {type: 'application/vnd.sqlite3'}));
    } catch (error) {
      setOutcome({kind: 'error', text: `Download failed: ${(error as Error).message}`});
    }
  }

  const cliPlan = preset.ruleset === 'eloquent' ? planCliCommand(cli, deferredEnv) : null;

  return (
    <div className={styles.app}>
      <div className={styles.toolbar}>
        <button type="button" className="button button--secondary button--sm" onClick={share}>
          Share
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={reset}>
          Reset
        </button>
        <Note message={linkNote} className={styles.grow} />
      </div>
      {shareUrl && (
        <input className={styles.shareUrl} readOnly aria-label="Share link" value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
      )}

      <div className={styles.columns}>
        <div className={styles.column}>
          <label className={styles.label} htmlFor={`${ids}env`}>
            .env
          </label>
          <textarea
            id={`${ids}env`}
            className={styles.code}
            rows={14}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            value={env}
            onChange={(e) => changeEnv(e.target.value)}
            onPaste={(e) => refuseLong(e, MAX_ENV_CHARS, '.env', setEnvNote)}
          />
          <Note message={envNote} />
        </div>

        <div className={styles.column}>
          <h4 className={styles.subheading}>Models</h4>
          <ul className={styles.models}>
            {preset.models.map((model) => (
              <li key={model.name} className={styles.model}>
                <span className={styles.modelName}>
                  {model.name}
                  <small>{model.kind === 'sql' ? (preset.ruleset === 'eloquent' ? 'SqlModel' : 'entity') : 'MongoModel'}</small>
                </span>
                <select
                  aria-label={`${model.name} connection`}
                  value={pins[model.name] ?? ''}
                  onChange={(e) => setPins({...pins, [model.name]: e.target.value || null})}>
                  <option value="">{preset.ruleset === 'eloquent' ? 'none (unpinned)' : 'none (default)'}</option>
                  {preset.connections.map((c) => (
                    <option key={c.name} value={c.name}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <button type="button" className="button button--primary button--sm" disabled={!ready} onClick={() => void create(model)}>
                  Create {model.name}
                </button>
              </li>
            ))}
          </ul>
          {preset.testMode && (
            <label className={styles.check}>
              <input type="checkbox" checked={testMode} onChange={(e) => setTestMode(e.target.checked)} /> Test mode
              <small> (as with the CLI&apos;s --test or {'{ test: true }'})</small>
            </label>
          )}
          <Note message={createNote} />
        </div>
      </div>

      <div className={styles.scroll}>
        <table aria-label="Model routing" className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Connection</th>
              <th scope="col">Driver</th>
              <th scope="col">Database</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {routing.routes.map((r) => (
              <tr key={r.model} className={clsx(r.error && styles.rowError)}>
                <th scope="row">{r.model}</th>
                <td>
                  <code>{r.connection}</code>
                </td>
                <td>{r.driver}</td>
                <td>
                  {r.database}
                  <small className={styles.from}>{r.databaseFrom ? ` (${r.databaseFrom})` : ' (built-in default)'}</small>
                </td>
                <td>
                  <span className={styles.reason}>{r.reason}</span> {r.explanation}
                  {r.error && <span className={styles.errorText}> {r.error}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className={styles.unpinned}>{routing.unpinned}</p>

      <div role="status" aria-label="Warnings" className={styles.warnings}>
        {routing.warnings.length === 0 ? (
          <p className={styles.ok}>No warnings: this .env means what it seems to say.</p>
        ) : (
          <ul>
            {routing.warnings.map((w, i) => (
              <li key={i} className={styles[w.severity]}>
                <strong>{w.severity}</strong> {w.message}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className={styles.console}>
        <div className={styles.consoleBar}>
          <label className={styles.label} htmlFor={`${ids}connection`}>
            Connection
          </label>
          <select id={`${ids}connection`} value={current.name} onChange={(e) => chooseConnection(e.target.value)}>
            {routing.connections.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
          <span className={styles.target}>
            {current.kind === 'mongo' ? 'MongoDB (simulated)' : current.driver} → {current.label}
            {current.kind === 'sql' && !['sqlite', 'sqljs'].includes(current.driver) && (
              <small> (a SQLite database in your browser stands in for this server)</small>
            )}
          </span>
        </div>

        {current.kind === 'mongo' ? (
          <>
            <p className={styles.simulated}>
              <strong>Simulated in the browser.</strong> MongoDB cannot run in a web page, so this connection&apos;s database is a set of
              JSON document collections kept in page memory. The SQL connections are real SQLite databases.
            </p>
            <pre aria-label="Documents" tabIndex={0} className={styles.documents}>
              {JSON.stringify(mongo[current.databaseKey] ?? {}, null, 2)}
            </pre>
            <div className={styles.toolbar}>
              <button type="button" className="button button--secondary button--sm" onClick={() => void download()}>
                Download database
              </button>
            </div>
          </>
        ) : (
          <>
            <label className={styles.label} htmlFor={`${ids}sql`}>
              SQL
            </label>
            <textarea
              id={`${ids}sql`}
              className={styles.code}
              rows={4}
              spellCheck={false}
              autoCapitalize="off"
              autoCorrect="off"
              value={sql}
              onChange={(e) => changeSql(e.target.value)}
              onPaste={(e) => refuseLong(e, LIMITS.maxSql, 'SQL', setSqlNote)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && ready && !busy) void run(sql, current.name);
              }}
            />
            <Note message={sqlNote} />
            <div className={styles.toolbar}>
              <button type="button" className="button button--primary button--sm" disabled={!ready || busy} onClick={() => void run(sql, current.name)}>
                Run
              </button>
              <button type="button" className="button button--danger button--sm" disabled={!busy} onClick={() => engine.current?.stop()}>
                Stop
              </button>
              <button type="button" className="button button--secondary button--sm" disabled={!ready} onClick={() => void download()}>
                Download database
              </button>
              <small className={styles.grow}>
                Ctrl+Enter runs. A statement is stopped after {TIME_LIMIT_MS / 1000} s; results show their first {LIMITS.maxRows} rows.
              </small>
            </div>
            <Outcome outcome={outcome} />
          </>
        )}
        <Note message={engineNote} className={styles.engine} />
      </div>

      {cliPlan && (
        <div className={styles.cli}>
          <label className={styles.label} htmlFor={`${ids}cli`}>
            CLI command
          </label>
          <input id={`${ids}cli`} className={styles.code} value={cli} maxLength={300} onChange={(e) => setCli(e.target.value)} spellCheck={false} />
          <output htmlFor={`${ids}cli ${ids}env`} className={styles.cliOut}>
            {cliPlan.ok ? (
              <>
                {cliPlan.explanation}{' '}
                {cliPlan.targets.map((t) => (
                  <span key={t.connection} className={styles.cliTarget}>
                    <code>{t.connection}</code> → {t.target.label}
                    {t.note ? ` (${t.note})` : ''}
                  </span>
                ))}
              </>
            ) : (
              <span className={styles.errorText}>{cliPlan.error}</span>
            )}
          </output>
        </div>
      )}
    </div>
  );
}

function Outcome({outcome}: {outcome: ConsoleOutcome}): ReactNode {
  if (outcome === null) return null;
  if (outcome.kind === 'running') return <p role="status" className={styles.status}>Running…</p>;
  if (outcome.kind === 'error' || outcome.kind === 'stopped') return <p role="alert" className={styles.alert}>{outcome.text}</p>;
  const {result, statements, changes, where} = outcome;
  if (!result) {
    return (
      <p role="status" className={styles.status}>
        Done on {where}: {statements} statement{statements === 1 ? '' : 's'}, {changes} row{changes === 1 ? '' : 's'} changed by the last one.
      </p>
    );
  }
  const summary =
    result.total > result.rows.length
      ? `Showing the first ${number.format(result.rows.length)} of ${number.format(result.total)} rows, from ${where}.`
      : `${number.format(result.total)} row${result.total === 1 ? '' : 's'} from ${where}.`;
  return (
    <>
      <p role="status" className={styles.status}>
        {summary}
      </p>
      <div className={clsx(styles.scroll, styles.results)}>
        <table aria-label="Results" className={styles.table}>
          <thead>
            <tr>
              {result.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => (
              <tr key={i}>
                {row.map((value, j) => (
                  <td key={j} className={clsx(value === null && styles.null)}>
                    {value === null ? 'NULL' : String(value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
