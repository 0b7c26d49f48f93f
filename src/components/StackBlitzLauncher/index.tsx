import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import {useColorMode} from '@docusaurus/theme-common';
import useBaseUrl from '@docusaurus/useBaseUrl';
import summaries from '@generated/examples-manifest/default/summaries.json';
import type {ExampleProject} from '@site/src/plugins/examples-manifest';
import styles from './styles.module.css';

export interface Props {
  /** Folder under `examples/` to run, e.g. `eloquent-multi-connection`. */
  example: string;
  /** The file the guide is about, relative to the example: opened first in the editor (default: its handbook.json's `open`). */
  open?: string;
}

export type Target = 'embed' | 'tab';
export type Status =
  | {kind: 'idle'; replaced?: boolean}
  | {kind: 'loading'; target: Target}
  | {kind: 'embedded'; connected: boolean; slow: boolean}
  | {kind: 'opened'}
  | {kind: 'failed'; target: Target; why: 'offline' | 'unreachable' | 'load'};

// This shell is what every guide page carries: the idle launcher and the failures that need no
// network (offline, or the launcher's own code could not be loaded). Everything a launch needs
// (the SDK, the status machine, the one-sandbox-per-page bookkeeping) is in ./launch, loaded on
// the first click in parallel with the example's files.
type Live = typeof import('./launch');

// The example's files are a chunk of their own (written by src/plugins/examples-manifest).
function loadProject(example: string): Promise<ExampleProject> {
  return import(/* webpackChunkName: "example-[request]" */ `@generated/examples-manifest/default/projects/${example}.json`).then(
    (module: {default: ExampleProject}) => module.default,
  );
}

function LocalCommands({example, node, source}: {example: string; node?: string; source?: string}): ReactNode {
  const folder = <code>examples/{example}</code>;
  return (
    <>
      <p>
        Run it on your machine instead{node && <> (Node {node})</>}: unzip the download above, or take {source ? <a href={source}>{folder}</a> : folder} from
        the handbook&apos;s repository, and in its folder run:
      </p>
      <CodeBlock language="bash" title={`${example}/`}>
        npm ci
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

export default function StackBlitzLauncher({example, open: chosen}: Props): ReactNode {
  const summary = summaries[example];
  const open = chosen ?? summary?.open ?? '';
  const download = useBaseUrl(`/${summary?.download ?? ''}`);
  const {colorMode} = useColorMode();
  const [status, setStatus] = useState<Status>({kind: 'idle'});
  const host = useRef<HTMLDivElement>(null);
  const live = useRef<{module: Live; session: ReturnType<Live['createSession']>}>(null);
  // The loaded module, for rendering its messages (render reads state, never the ref).
  const [liveModule, setLiveModule] = useState<Live>();
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      live.current?.session.dispose();
    };
  }, []);

  function launch(target: Target): void {
    if (live.current) return live.current.session.launch(target, colorMode);
    // First click: nothing of this launcher is live yet, so there is nothing to close first.
    if (!navigator.onLine) return setStatus({kind: 'failed', target, why: 'offline'});
    setStatus({kind: 'loading', target});
    // Both start now, so the new tab still opens within the click's activation.
    const project = loadProject(example);
    project.catch(() => undefined);
    import(/* webpackChunkName: "stackblitz-sdk" */ './launch').then(
      (module) => {
        if (!mounted.current) return;
        live.current ??= {
          module,
          session: module.createSession({example, open, host, setStatus, loadProject: () => loadProject(example)}),
        };
        setLiveModule(module);
        live.current.session.launch(target, colorMode, project);
      },
      () => mounted.current && !live.current && setStatus({kind: 'failed', target, why: 'load'}),
    );
  }

  const embedded = status.kind === 'embedded';
  const message =
    status.kind === 'idle' && !status.replaced
      ? 'Nothing is loaded from StackBlitz until you choose one of these.'
      : status.kind === 'loading'
        ? status.target === 'tab'
          ? 'Opening StackBlitz in a new tab…'
          : 'Loading the sandbox…'
        : status.kind === 'failed'
          ? ''
          : liveModule?.message(status);
  const SlowNotice = liveModule?.SlowNotice;

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
        {summary && (
          <>
            <dt>Get it</dt>
            <dd>
              <a href={download} download>
                Download {example} (.zip)
              </a>{' '}
              or browse <a href={summary.source}>its folder in the repository</a>
            </dd>
          </>
        )}
      </dl>
      <div className={styles.controls}>
        <button type="button" className="button button--primary" onClick={() => launch('embed')}>
          Run in this page
        </button>
        <button type="button" className="button button--secondary" onClick={() => launch('tab')}>
          Open in a new tab
        </button>
        {embedded && (
          <button type="button" className="button button--outline button--secondary" onClick={() => live.current?.session.close()}>
            Close the sandbox
          </button>
        )}
      </div>
      <p className={styles.status} role="status">
        {message}
      </p>
      {status.kind === 'failed' && (
        <div role="alert" className={clsx('alert alert--warning', styles.fallback)}>
          <p>
            <strong>{failures[status.why]}</strong>
          </p>
          <LocalCommands example={example} node={summary?.node} source={summary?.source} />
          <button type="button" className="button button--sm button--secondary" onClick={() => launch(status.target)}>
            Try again
          </button>
        </div>
      )}
      {embedded && status.slow && SlowNotice && (
        <SlowNotice className={clsx('alert alert--info', styles.fallback)}>
          <LocalCommands example={example} node={summary?.node} source={summary?.source} />
        </SlowNotice>
      )}
      <div ref={host} className={styles.frame} />
    </section>
  );
}
