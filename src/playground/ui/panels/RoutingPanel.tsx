import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {PlaygroundApi} from '../usePlayground';
import styles from '../playground.module.css';

/** Where each model's rows go and why, then what the reader should know about this setup. */
export default function RoutingPanel({api}: {api: PlaygroundApi}): ReactNode {
  const {ruleset, routing} = api;
  return (
    <>
      {/* Focusable: on a narrow screen the table scrolls sideways inside this box. */}
      <div className={styles.scroll} tabIndex={0} role="group" aria-label="Model routing, scrolls sideways">
        <table aria-label="Model routing" className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Connection</th>
              <th scope="col">Driver</th>
              <th scope="col">Database</th>
              <th scope="col">Why</th>
              {ruleset.otherColumn && <th scope="col">{ruleset.otherColumn}</th>}
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
                {ruleset.otherColumn && <td>{r.other}</td>}
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
                {w.quote && (
                  <>
                    {' '}
                    <code>{w.quote}</code>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
