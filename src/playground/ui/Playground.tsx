// The playground itself, loaded only when the reader presses "Start playground" (see
// ConnectionPlayground.tsx): everything here, dotenv included, stays out of the page until then.
// Behaviour lives in usePlayground; each panel renders one part of it.
import React, {useId, type ReactNode} from 'react';
import type {SqlEngine} from '../engine/engine';
import type {PresetId} from '../rules/presets';
import CliPlanner from './panels/CliPlanner';
import EnvEditor from './panels/EnvEditor';
import ModelsPanel from './panels/ModelsPanel';
import Note from './panels/Note';
import RoutingPanel from './panels/RoutingPanel';
import SqlConsole from './panels/SqlConsole';
import type {PlaygroundState} from './state';
import {usePlayground, type StartFrom} from './usePlayground';
import styles from './playground.module.css';

export interface PlaygroundProps {
  preset: PresetId;
  /** The shared link or the reader's saved edits, as the reader chose, and where edits are kept. */
  from: StartFrom;
  /** The engine the Start click started (the section that renders this owns it). */
  engine: SqlEngine;
  /** The state it opens with, the first query's answer in it (openPlayground). */
  opening: PlaygroundState;
}

export {openPlayground} from './usePlayground';

export function Playground({preset, from, engine, opening}: PlaygroundProps): ReactNode {
  const ids = useId();
  const api = usePlayground(preset, from, engine, opening);
  const {state, actions} = api;
  return (
    <div className={styles.app}>
      <div className={styles.toolbar}>
        <button type="button" className="button button--secondary button--sm" onClick={actions.share}>
          Share
        </button>
        {api.secrets.length > 0 && (
          <label className={styles.check}>
            <input type="checkbox" checked={state.includeSecrets} onChange={(e) => actions.includeSecrets(e.target.checked)} /> Include secrets in the link{' '}
            <small>({api.secrets.length} in the .env)</small>
          </label>
        )}
        <button type="button" className="button button--secondary button--sm" onClick={actions.reset}>
          Reset to the example
        </button>
        <Note message={state.notes.link} className={styles.grow} />
      </div>
      {state.shareUrl && (
        <input className={styles.shareUrl} readOnly aria-label="Share link" value={state.shareUrl} onFocus={(e) => e.currentTarget.select()} />
      )}

      <div className={styles.columns}>
        <EnvEditor api={api} id={`${ids}env`} />
        <ModelsPanel api={api} />
      </div>
      <RoutingPanel api={api} />
      <SqlConsole api={api} id={ids} />
      <CliPlanner api={api} id={`${ids}cli`} envId={`${ids}env`} />
    </div>
  );
}
