import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {LIMITS, TIME_LIMIT_MS} from '../../engine/engine';
import type {ConsoleOutcome} from '../state';
import {count, type PlaygroundApi} from '../usePlayground';
import CodeArea from './CodeArea';
import Note from './Note';
import {refuseLongPaste} from './paste';
import styles from '../playground.module.css';

/** Pick a connection and look inside its database: SQL on SQLite, or the simulated Mongo documents. */
export default function SqlConsole({api, id}: {api: PlaygroundApi; id: string}): ReactNode {
  const {state, routing, current, actions} = api;
  const {ready, busy} = state;
  return (
    <div className={styles.console}>
      <div className={styles.consoleBar}>
        <label className={styles.label} htmlFor={`${id}connection`}>
          Connection
        </label>
        <select id={`${id}connection`} value={current.name} onChange={(e) => actions.chooseConnection(e.target.value)}>
          {routing.connections.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
        <span className={styles.target}>
          {current.kind === 'mongo' ? 'MongoDB (simulated)' : current.driver} → {current.label}
          {current.kind === 'sql' && !current.sqlite && <small> (a SQLite database in your browser stands in for this server)</small>}
        </span>
      </div>

      {current.kind === 'mongo' ? (
        <>
          <p className={styles.simulated}>
            <strong>Simulated in the browser.</strong> MongoDB cannot run in a web page, so this connection&apos;s database is a set of JSON document
            collections kept in page memory. The SQL connections are real SQLite databases.
          </p>
          <pre aria-label="Documents" tabIndex={0} className={styles.documents}>
            {JSON.stringify(state.mongo[current.databaseKey] ?? {}, null, 2)}
          </pre>
          <div className={styles.toolbar}>
            <button type="button" className="button button--secondary button--sm" onClick={() => void actions.download()}>
              Download database
            </button>
          </div>
        </>
      ) : (
        <>
          <label className={styles.label} htmlFor={`${id}sql`}>
            SQL
          </label>
          <CodeArea
            id={`${id}sql`}
            rows={4}
            value={state.sql}
            onChange={(e) => actions.changeSql(e.target.value)}
            onPaste={(e) => refuseLongPaste(e, LIMITS.maxSql, 'SQL', (note) => actions.say('sql', note))}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && ready && !busy) actions.runSql();
            }}
          />
          <Note message={state.notes.sql} />
          <div className={styles.toolbar}>
            <button type="button" className="button button--primary button--sm" disabled={!ready || busy} onClick={actions.runSql}>
              Run
            </button>
            <button type="button" className="button button--danger button--sm" disabled={!busy} onClick={actions.stop}>
              Stop
            </button>
            <button type="button" className="button button--secondary button--sm" disabled={!ready} onClick={() => void actions.download()}>
              Download database
            </button>
            <small className={styles.grow}>
              Ctrl+Enter runs. A statement is stopped after {TIME_LIMIT_MS / 1000} s; results show their first {LIMITS.maxRows} rows.
            </small>
          </div>
          <Outcome outcome={state.outcome} />
        </>
      )}
      <Note message={state.notes.engine} className={styles.engine} />
    </div>
  );
}

function Outcome({outcome}: {outcome: ConsoleOutcome}): ReactNode {
  if (outcome === null) return null;
  if (outcome.kind === 'running')
    return (
      <p role="status" className={styles.status}>
        Running…
      </p>
    );
  if (outcome.kind === 'error' || outcome.kind === 'stopped')
    return (
      <p role="alert" className={styles.alert}>
        {outcome.text}
      </p>
    );
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
      ? `Showing the first ${count(result.rows.length)} of ${count(result.total)} rows, from ${where}.`
      : `${count(result.total)} row${result.total === 1 ? '' : 's'} from ${where}.`;
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
