// What a guide page ships: a heading, a sentence and a Start button. The playground itself
// (dotenv, the rules, the SQL engine and its wasm) is fetched when Start is pressed.
import React, {useEffect, useId, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {SqlEngine} from '../engine/engine';
import {startWorker, whenRunning} from '../engine/launch';
import type {PresetId} from '../rules/presets';
import type {PlaygroundProps} from './Playground';
import type {PlaygroundState} from './state';
import type {StartFrom} from './usePlayground';
import styles from './styles.module.css';

export interface Props {
  /** Which guide's setup to start from. */
  preset: PresetId;
}

const ELOQUENT_INTRO =
  "Edit the .env, set each model's static connectionName and the connection its constructor passes, switch test mode, and watch where each record lands: every SQL connection gets its own SQLite database in your browser.";
const INTRO: Record<PresetId, string> = {
  'eloquent-1.1': ELOQUENT_INTRO,
  'eloquent-1.0': ELOQUENT_INTRO,
  'nestjs-music-secret':
    'Set the connection URLs and files, move entities between the default and secret connections, and watch where each record lands: every connection gets its own SQLite database in your browser.',
};

// Whether the page was opened from a shared playground link (later hash changes are not followed).
// The server and the hydrating render use false, so the markup matches; React then renders again.
const hashCarriesSetup = () => /(^#|&)playground=/.test(window.location.hash);
const noSubscription = () => () => {};
const onServer = () => false;

/** How long the Start button waits before it says "Loading…". */
const PENDING_MS = 300;

/** Where the reader's edits are kept in this browser: one entry per page and preset. */
const storageKey = (preset: PresetId) => `playground:${window.location.pathname.replace(/\/$/, '')}:${preset}`;

export default function ConnectionPlayground({preset}: Props): ReactNode {
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<{Playground: ComponentType<PlaygroundProps>; engine: SqlEngine; opening: PlaygroundState; from: StartFrom} | null>(null);
  const [loading, setLoading] = useState<'link' | 'own' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fromLink = useSyncExternalStore(noSubscription, hashCarriesSetup, onServer);
  const baseUrl = useBaseUrl('/');

  // A shared link lands here, not at the top of the page, with its offer next in the tab order.
  useEffect(() => {
    if (!fromLink) return;
    section.current?.scrollIntoView({block: 'start'});
    heading.current?.focus({preventScroll: true});
  }, [fromLink]);

  // The engine belongs to this section from the click until the section goes away.
  const engine = useRef<Promise<SqlEngine> | null>(null);
  useEffect(() => () => dispose(engine.current), []);

  function start(link: boolean): void {
    if (engine.current) return; // already starting
    const from: StartFrom = {link, storageKey: storageKey(preset)};
    // The worker starts loading sql.js now, while the engine's and the UI's chunks arrive.
    let worker: Worker | undefined;
    try {
      worker = startWorker(baseUrl);
    } catch {
      // The engine starts its own and says why it cannot.
    }
    const running = worker ? whenRunning(worker) : Promise.resolve(false);
    // "Loading…" only when loading is slow: changing the button at the click makes the page lay
    // out and repaint while the worker starts.
    const pending = setTimeout(() => setLoading(link ? 'link' : 'own'), PENDING_MS);
    setError(null);
    // The engine takes the worker once it runs. One that failed to load before the engine was
    // there to hear it is replaced: the engine starts another and says why that one fails.
    const starting = Promise.all([import('../engine/engine'), running]).then(([module, ok]) => module.startEngine(baseUrl, ok ? worker : undefined));
    engine.current = starting;
    Promise.all([import('./Playground'), starting]).then(
      async ([module, sqlEngine]) => {
        const opening = await module.openPlayground(preset, from, sqlEngine);
        clearTimeout(pending);
        setLoaded({Playground: module.Playground, engine: sqlEngine, opening, from});
        heading.current?.focus();
      },
      (reason: Error) => {
        clearTimeout(pending);
        worker?.terminate();
        dispose(starting);
        engine.current = null;
        setLoading(null);
        setError(`The playground could not be loaded (${reason.message}). Check the connection and try again.`);
      },
    );
  }

  return (
    <section ref={section} className={styles.playground} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        Connection playground
      </h3>
      {loaded ? (
        <loaded.Playground preset={preset} from={loaded.from} engine={loaded.engine} opening={loaded.opening} />
      ) : (
        <>
          <p>{INTRO[preset]}</p>
          {fromLink && <p role="status">A shared playground setup is waiting in this page's link: open it, or start the playground without it.</p>}
          {error && <p role="alert">{error}</p>}
          <div className={styles.actions}>
            {fromLink && (
              <button type="button" className="button button--primary" onClick={() => start(true)} disabled={loading !== null}>
                {loading === 'link' ? 'Loading…' : 'Open the shared setup'}
              </button>
            )}
            <button
              type="button"
              className={clsx('button', fromLink ? 'button--secondary' : 'button--primary')}
              onClick={() => start(false)}
              disabled={loading !== null}
            >
              {loading === 'own' ? 'Loading…' : 'Start playground'}
            </button>
            <small className={styles.hint}>Loads SQLite (sql.js, about 350 KB compressed) from this site.</small>
          </div>
        </>
      )}
    </section>
  );
}

function dispose(engine: Promise<SqlEngine> | null): void {
  engine?.then(
    (sqlEngine) => sqlEngine.dispose(),
    () => {},
  );
}
