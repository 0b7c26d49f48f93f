import React, {type ReactNode} from 'react';
import type {PlaygroundApi} from '../usePlayground';
import styles from '../playground.module.css';

/** A command line and the connections it reaches, when the ruleset has a CLI. */
export default function CliPlanner({api, id, envId}: {api: PlaygroundApi; id: string; envId: string}): ReactNode {
  const {state, cliPlan, actions} = api;
  if (!cliPlan) return null;
  return (
    <div className={styles.cli}>
      <label className={styles.label} htmlFor={id}>
        CLI command
      </label>
      <input id={id} className={styles.code} value={state.cli} maxLength={300} onChange={(e) => actions.setCli(e.target.value)} spellCheck={false} />
      <output htmlFor={`${id} ${envId}`} className={styles.cliOut}>
        {cliPlan.ok ? (
          <>
            {cliPlan.text}{' '}
            {cliPlan.targets.map((t) => (
              <span key={t.connection} className={styles.cliTarget}>
                <code>{t.connection}</code> → {t.label}
                {t.note ? ` (${t.note})` : ''}
              </span>
            ))}
            {cliPlan.notes.map((note, i) => (
              <span key={i} className={styles.cliNote}>
                {note}
              </span>
            ))}
            {cliPlan.printed.map((line, i) => (
              <code key={i} className={styles.cliPrinted}>
                {line}
              </code>
            ))}
          </>
        ) : (
          <span className={styles.errorText}>{cliPlan.text}</span>
        )}
      </output>
    </div>
  );
}
