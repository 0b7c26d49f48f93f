// What a guide page ships: a heading, a sentence and a Start button. The playground itself
// (dotenv, the rules, the SQL engine and its wasm) is fetched on intent, and starts then (below).
import React, {useEffect, useId, useRef, useState, useSyncExternalStore, type ComponentType, type ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {PresetId} from '@site/src/lib/playgroundPresets';
import type {Boot, StartFrom} from './boot';
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

/** Where the reader's edits are kept in this browser: one entry per page and preset. */
const storageKey = (preset: PresetId) => `playground:${window.location.pathname.replace(/\/$/, '')}:${preset}`;

// One loader per chunk: the bundler gives each import() call site its own copy of the chunk, so
// the one fetched on intent must be the one the click asks for.
const loadEngine = () => import('./engine');
const loadPlayground = () => import('./Playground');

/** How long an engine started on intent waits for the click once the pointer or focus has left. */
const COOL_DOWN_MS = 10_000;

export default function ConnectionPlayground({preset}: Props): ReactNode {
  const headingId = useId();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded, setLoaded] = useState<{Playground: ComponentType<PlaygroundProps>; boot: Boot; from: StartFrom} | null>(null);
  const [loading, setLoading] = useState<'link' | 'own' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fromLink = useSyncExternalStore(noSubscription, hashCarriesSetup, onServer);
  const baseUrl = useBaseUrl('/');

  // A shared link lands here, not at the top of the page, with its offer next in the tab order.
  // Focus goes to the heading, not a button: focus on a button would start the engine.
  useEffect(() => {
    if (!fromLink) return;
    section.current?.scrollIntoView({block: 'start'});
    heading.current?.focus({preventScroll: true});
  }, [fromLink]);

  // On intent (pointer over, focus or touch on Start) the engine starts: its worker fetches sql.js
  // and stream-compiles the wasm while the pointer rests there, and the playground's chunk is
  // fetched, so the click's first query runs on an engine that is ready or nearly so. A reader who
  // moves on without clicking does not keep it: COOL_DOWN_MS after the pointer or focus leaves, it
  // is dropped (its files stay in the browser's cache, so the next intent starts it quickly).
  // `engine` holds an engine started and not yet handed to the playground's UI (through `boot`).
  const engine = useRef<Promise<SqlEngine> | null>(null);
  const clicked = useRef(false);
  const coolDown = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const boot = useRef<Boot | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(coolDown.current);
      drop();
      boot.current?.take()?.engine.dispose();
    };
  }, []);

  function warmUp(): Promise<SqlEngine> {
    clearTimeout(coolDown.current);
    engine.current ??= loadEngine().then((module) => module.startEngine(baseUrl));
    loadPlayground().catch(() => {});
    return engine.current;
  }

  function drop(): void {
    const dropped = engine.current;
    engine.current = null;
    dropped?.then(
      (sqlEngine) => sqlEngine.dispose(),
      () => {},
    );
  }

  function prepare(): void {
    warmUp().catch(() => {}); // the click says what went wrong
  }

  function leave(): void {
    if (clicked.current) return;
    clearTimeout(coolDown.current);
    coolDown.current = setTimeout(drop, COOL_DOWN_MS);
  }

  function start(link: boolean): void {
    const from: StartFrom = {link, storageKey: storageKey(preset)};
    clicked.current = true;
    setLoading(link ? 'link' : 'own');
    setError(null);
    const starting = warmUp();
    // Once the UI's chunk is here too, the first query is sent to the engine, and the panels
    // render a task later, so the worker's thread runs before that work.
    Promise.all([loadPlayground(), starting]).then(
      ([module, sqlEngine]) => {
        if (engine.current !== starting) return; // unmounted meanwhile (and the engine dropped)
        engine.current = null;
        const opening = module.bootPlayground(preset, sqlEngine, from);
        boot.current = opening;
        setTimeout(() => {
          if (!mounted.current) return;
          setLoaded({Playground: module.Playground, boot: opening, from});
          heading.current?.focus();
        }, 0);
      },
      (reason: Error) => {
        drop(); // whether or not the engine had started, it is not wanted
        clicked.current = false;
        setLoading(null);
        setError(`The playground could not be loaded (${reason.message}). Check the connection and try again.`);
      },
    );
  }

  // Either button starts the engine on intent; each opens its own setup.
  const onIntent = {onPointerEnter: prepare, onFocus: prepare, onTouchStart: prepare, onPointerLeave: leave, onBlur: leave};

  return (
    <section ref={section} className={styles.playground} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        Connection playground
      </h3>
      {loaded ? (
        <loaded.Playground preset={preset} from={loaded.from} boot={loaded.boot} />
      ) : (
        <>
          <p>{INTRO[preset]}</p>
          {fromLink && <p role="status">A shared playground setup is waiting in this page's link: open it, or start the playground without it.</p>}
          {error && <p role="alert">{error}</p>}
          <div className={styles.actions}>
            {fromLink && (
              <button type="button" className="button button--primary" {...onIntent} onClick={() => start(true)} disabled={loading !== null}>
                {loading === 'link' ? 'Loading…' : 'Open the shared setup'}
              </button>
            )}
            <button
              type="button"
              className={clsx('button', fromLink ? 'button--secondary' : 'button--primary')}
              {...onIntent}
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
