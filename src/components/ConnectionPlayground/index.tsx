// What a guide page ships: a heading, a sentence and a Start button. The playground itself
// (dotenv, the rules, the SQL engine and its wasm) is a separate chunk fetched on the click.
import React, {useEffect, useId, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {PresetId} from '@site/src/lib/playgroundPresets';
import type {Boot} from './boot';
import type {SqlEngine} from './engine';
import type {PlaygroundProps} from './Playground';
import styles from './styles.module.css';

export interface Props {
  /** Which guide's setup to start from. */
  preset: PresetId;
}

const INTRO: Record<PresetId, string> = {
  'eloquent-1.1':
    "Edit the .env, set each model's static connectionName and the connection its constructor passes, switch test mode, and watch where each record lands: every SQL connection gets its own SQLite database in your browser.",
  'eloquent-1.0':
    "Edit the .env, set each model's static connectionName and the connection its constructor passes, switch test mode, and watch where each record lands: every SQL connection gets its own SQLite database in your browser.",
  'nestjs-music-secret':
    'Set the connection URLs and files, move entities between the default and secret connections, and watch where each record lands: every connection gets its own SQLite database in your browser.',
};

// Whether the page was opened from a shared playground link (later hash changes are not followed).
// The server and the hydrating render use false, so the markup matches; React then renders again.
const hashCarriesSetup = () => /(^#|&)playground=/.test(window.location.hash);
const noSubscription = () => () => {};
const onServer = () => false;

// One loader per chunk: the bundler gives each import() call site its own copy of the chunk, so
// the one fetched on intent must be the one the click asks for.
const loadEngine = () => import('./engine');
const loadPlayground = () => import('./Playground');

export default function ConnectionPlayground({preset}: Props): ReactNode {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<{Playground: ComponentType<PlaygroundProps>; boot: Boot} | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fromLink = useSyncExternalStore(noSubscription, hashCarriesSetup, onServer);
  const baseUrl = useBaseUrl('/');

  // An engine started by the click and not yet handed to the playground's UI (through `boot`).
  const started = useRef<SqlEngine | null>(null);
  const boot = useRef<Boot | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      started.current?.dispose();
      started.current = null;
      boot.current?.take()?.engine.dispose();
    };
  }, []);

  // On intent (pointer over, focus or touch on Start), fetch what the click needs: the playground's
  // chunks and the SQL engine's files (worker, sql.js, wasm), so the click finds them in the cache.
  // Nothing is started until the click.
  const prepared = useRef(false);
  const engineModule = useRef<typeof import('./engine') | null>(null);
  function prepare(): void {
    if (prepared.current) return;
    prepared.current = true;
    loadEngine().then(
      (module) => {
        engineModule.current = module;
        module.prefetchEngine(baseUrl);
      },
      () => {},
    );
    loadPlayground().catch(() => {});
  }

  function start(): void {
    setLoading(true);
    setError(null);
    // The SQL engine (worker, sql.js, wasm) starts in this click when intent brought its small
    // chunk, else as soon as it is here; once the UI's chunk is here too, the first query is sent
    // to it, and the panels render a task later, so the worker's thread starts before that work.
    const startIn = (module: typeof import('./engine')) => {
      if (mounted.current) started.current = module.startEngine(baseUrl);
    };
    const engine = engineModule.current ? Promise.resolve(startIn(engineModule.current)) : loadEngine().then(startIn);
    Promise.all([loadPlayground(), engine]).then(
      ([module]) => {
        const sqlEngine = started.current;
        started.current = null;
        if (!sqlEngine) return; // unmounted meanwhile
        const opening = module.bootPlayground(preset, sqlEngine);
        boot.current = opening;
        setTimeout(() => {
          if (!mounted.current) return;
          setLoaded({Playground: module.Playground, boot: opening});
          heading.current?.focus();
        }, 0);
      },
      (reason: Error) => {
        // Whether or not the engine had started by now, it is not wanted.
        void engine.then(
          () => {
            started.current?.dispose();
            started.current = null;
          },
          () => {},
        );
        setLoading(false);
        setError(`The playground could not be loaded (${reason.message}). Check the connection and try again.`);
      },
    );
  }

  return (
    <section className={styles.playground} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        Connection playground
      </h3>
      {loaded ? (
        <loaded.Playground preset={preset} boot={loaded.boot} />
      ) : (
        <>
          <p>{INTRO[preset]}</p>
          {fromLink && <p role="status">This link carries a playground setup: start the playground to open it.</p>}
          {error && <p role="alert">{error}</p>}
          <button
            type="button"
            className="button button--primary"
            onPointerEnter={prepare}
            onFocus={prepare}
            onTouchStart={prepare}
            onClick={start}
            disabled={loading}
          >
            {loading ? 'Loading…' : 'Start playground'}
          </button>
          <small className={styles.hint}> Loads SQLite (sql.js, about 350 KB compressed) from this site.</small>
        </>
      )}
    </section>
  );
}
