import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import {useColorMode} from '@docusaurus/theme-common';
import summaries from '@generated/examples-manifest/default/summaries.json';
import type {ExampleProject} from '@site/src/plugins/examples-manifest';
import styles from './styles.module.css';

export interface Props {
  /** Folder under `examples/` to run, e.g. `eloquent-multi-connection`. */
  example: string;
  /** The file the guide is about, relative to the example: opened first in the editor. */
  open: string;
}

type Target = 'embed' | 'tab';
type Status =
  | {kind: 'idle'; replaced?: boolean}
  | {kind: 'loading'; target: Target}
  | {kind: 'embedded'; connected: boolean; slow: boolean}
  | {kind: 'opened'}
  | {kind: 'failed'; target: Target; why: 'offline' | 'unreachable' | 'load'};

// StackBlitz normally answers within a few seconds; past this, tell the reader what else to do.
const SLOW_AFTER_MS = 4000;

/** The sandbox live on this page, if any: launching another one closes it (they are heavy). */
let live: {owner: object; close: () => void} | null = null;

// Sent after a click only, in parallel with everything else: a network failure or a blocked
// domain rejects within milliseconds, long before the SDK's own 10-second wait would.
function canReachStackBlitz(): Promise<boolean> {
  return fetch('https://stackblitz.com/', {method: 'HEAD', mode: 'no-cors', cache: 'no-store', credentials: 'omit'}).then(
    () => true,
    () => false,
  );
}

// The example's files are a chunk of their own (written by src/plugins/examples-manifest).
function loadProject(example: string): Promise<ExampleProject> {
  return import(
    /* webpackChunkName: "example-[request]" */ `@generated/examples-manifest/default/projects/${example}.json`
  ).then((module: {default: ExampleProject}) => module.default);
}

function LocalCommands({example}: {example: string}): ReactNode {
  return (
    <>
      <p>
        Run it on your machine instead (Node 20 or later), in <code>examples/{example}</code> of this handbook&apos;s
        repository:
      </p>
      <CodeBlock language="bash" title={`examples/${example}`}>
        npm install
      </CodeBlock>
      <CodeBlock language="bash">npm start</CodeBlock>
    </>
  );
}

const failures = {
  offline: 'You are offline, so StackBlitz cannot be reached.',
  unreachable: 'StackBlitz could not be reached: the network is down, or stackblitz.com is blocked here.',
  load: 'The sandbox could not be loaded: the connection to this site was lost.',
};

export default function StackBlitzLauncher({example, open}: Props): ReactNode {
  const summary = summaries[example];
  const {colorMode} = useColorMode();
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  const host = useRef<HTMLDivElement>(null);
  const owner = useRef({}).current;
  // Every launch or close bumps this; a late answer from an older attempt is ignored.
  const attempt = useRef(0);

  useEffect(
    () => () => {
      attempt.current++;
      if (live?.owner === owner) live = null;
    },
    [owner],
  );

  function clearFrame(): void {
    host.current?.replaceChildren();
    if (live?.owner === owner) live = null;
  }

  function close(): void {
    attempt.current++;
    clearFrame();
    setStatus({kind: 'idle'});
  }

  async function launch(target: Target): Promise<void> {
    const id = ++attempt.current;
    const current = () => id === attempt.current;
    const fail = (why: 'offline' | 'unreachable' | 'load') => {
      if (!current()) return;
      attempt.current++;
      clearFrame();
      setStatus({kind: 'failed', target, why});
    };
    // A sandbox already running here closes first, also when the next one opens in a new tab.
    clearFrame();
    if (!navigator.onLine) return fail('offline');

    setStatus({kind: 'loading', target});
    let answered = false;
    void canReachStackBlitz().then((reachable) => reachable || answered || fail('unreachable'));
    let launcher: typeof import('./launch');
    let project: ExampleProject;
    try {
      [launcher, project] = await Promise.all([import(/* webpackChunkName: "stackblitz-sdk" */ './launch'), loadProject(example)]);
    } catch {
      return fail('load');
    }
    if (!current()) return;

    if (target === 'tab') {
      launcher.openInNewTab(project, {open, theme: colorMode});
      setStatus({kind: 'opened'});
      return;
    }

    if (live && live.owner !== owner) live.close();
    live = {
      owner,
      close: () => {
        attempt.current++;
        host.current?.replaceChildren();
        setStatus({kind: 'idle', replaced: true});
      },
    };
    const connected = launcher.embed(host.current!, project, {open, theme: colorMode, title: `StackBlitz sandbox: ${example}`});
    setStatus({kind: 'embedded', connected: false, slow: false});
    const slow = () => current() && setStatus((s) => (s.kind === 'embedded' && !s.connected ? {...s, slow: true} : s));
    const timer = window.setTimeout(slow, SLOW_AFTER_MS);
    // When the SDK gives up (~10 s) the frame stays: a slow StackBlitz may still show up in it.
    connected.then(
      () => {
        answered = true;
        if (current()) setStatus({kind: 'embedded', connected: true, slow: false});
      },
      slow,
    ).finally(() => window.clearTimeout(timer));
  }

  const embedded = status.kind === 'embedded';
  const message = {
    idle: status.kind === 'idle' && status.replaced ? 'Closed: another sandbox was started on this page.' : '',
    loading: status.kind === 'loading' && status.target === 'tab' ? 'Opening StackBlitz in a new tab…' : 'Loading the sandbox…',
    embedded: embedded && status.connected
      ? 'StackBlitz is running the example below: npm install, then npm start.'
      : 'Starting StackBlitz below…',
    opened: 'Opened in a new tab: StackBlitz installs the dependencies, then runs npm start.',
    failed: '',
  }[status.kind];

  return (
    <section className={styles.launcher} aria-label={`Run ${example} in StackBlitz`}>
      <p className={styles.name}>
        <code>examples/{example}</code>
      </p>
      {summary?.description && <p className={styles.description}>{summary.description}</p>}
      <dl className={styles.facts}>
        <dt>Runs</dt>
        <dd>
          <code>npm install</code>, then <code>npm start</code>
          {summary && (
            <>
              : <code>{summary.start}</code>
            </>
          )}
        </dd>
        <dt>Opens</dt>
        <dd>
          <code>{open}</code>
        </dd>
      </dl>
      <div className={styles.controls}>
        <button type="button" className="button button--primary" onClick={() => void launch('embed')}>
          Run in this page
        </button>
        <button type="button" className="button button--secondary" onClick={() => void launch('tab')}>
          Open in a new tab
        </button>
        {embedded && (
          <button type="button" className="button button--outline button--secondary" onClick={close}>
            Close the sandbox
          </button>
        )}
      </div>
      <p className={styles.status} role="status">
        {status.kind === 'idle' && !message ? 'Nothing is loaded from StackBlitz until you choose one of these.' : message}
      </p>
      {status.kind === 'failed' && (
        <div role="alert" className={clsx('alert alert--warning', styles.fallback)}>
          <p>
            <strong>{failures[status.why]}</strong>
          </p>
          <LocalCommands example={example} />
          <button type="button" className="button button--sm button--secondary" onClick={() => void launch(status.target)}>
            Try again
          </button>
        </div>
      )}
      {embedded && status.slow && (
        <div className={clsx('alert alert--info', styles.fallback)}>
          <p>
            <strong>StackBlitz has not answered yet.</strong> If the sandbox below stays empty, stackblitz.com may be
            blocked on this network.
          </p>
          <LocalCommands example={example} />
        </div>
      )}
      <div ref={host} className={styles.frame} />
    </section>
  );
}
