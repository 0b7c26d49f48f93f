// The part of the launcher that talks to StackBlitz, and all it shows once a launch started.
// Loaded on the reader's first click only, together with the example's files: nothing here (nor
// the SDK) is in the page before that. The shell (./index.tsx) owns the state and the layout.
import React, {type Dispatch, type ReactNode, type RefObject, type SetStateAction} from 'react';
import sdk, {type EmbedOptions, type OpenOptions, type Project} from '@stackblitz/sdk';
import type {ExampleProject} from '@site/src/plugins/examples-manifest';
import type {Status, Target} from '.';

export interface LaunchOptions {
  /** File the guide is about: the one open in the editor. */
  open: string;
  theme: 'light' | 'dark';
}

// Both ways run `npm install`, then `npm start`, as the example's README says. Only the lesson's
// file is opened; package-lock.json and the config files stay in the file tree, which the embed
// keeps collapsed so the editor gets the width (the SDK cannot hide single files).
function options({open, theme}: LaunchOptions): OpenOptions & EmbedOptions {
  return {openFile: open, theme, startScript: 'start', terminalHeight: 40};
}

/**
 * Puts the sandbox into `host` (replacing whatever is there) and resolves once StackBlitz answers
 * in the frame. The SDK gives up after about 10 s and rejects with a plain string.
 */
export function embed(host: HTMLElement, project: Project, launch: LaunchOptions & {title: string}): Promise<unknown> {
  // The SDK replaces the element it is given with its iframe; give it one React does not own.
  const placeholder = document.createElement('div');
  host.replaceChildren(placeholder);
  const connected = sdk.embedProject(placeholder, project, {...options(launch), showSidebar: false, height: 560});
  const frame = host.querySelector('iframe');
  if (frame) frame.title = launch.title;
  return connected;
}

/** Posts the same project to StackBlitz in a new tab. */
function openInNewTab(project: Project, launch: LaunchOptions): void {
  sdk.openProject(project, options(launch));
}

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

export interface SessionContext {
  example: string;
  open: string;
  /** Where the embedded sandbox goes: an element React leaves empty. */
  host: RefObject<HTMLDivElement | null>;
  setStatus: Dispatch<SetStateAction<Status>>;
  loadProject: () => Promise<ExampleProject>;
}

/** One launcher's launches: created on its first click, disposed when it unmounts. */
export function createSession({example, open, host, setStatus, loadProject}: SessionContext) {
  const owner = {};
  // Every launch or close bumps this; a late answer from an older attempt is ignored.
  let attempt = 0;

  function clearFrame(): void {
    host.current?.replaceChildren();
    if (live?.owner === owner) live = null;
  }

  async function launch(target: Target, theme: 'light' | 'dark', projectLoad = loadProject()): Promise<void> {
    const id = ++attempt;
    const current = () => id === attempt;
    const fail = (why: 'offline' | 'unreachable' | 'load') => {
      if (!current()) return;
      attempt++;
      clearFrame();
      setStatus({kind: 'failed', target, why});
    };
    // A sandbox already running here closes first, also when the next one opens in a new tab.
    clearFrame();
    if (!navigator.onLine) return fail('offline');

    setStatus({kind: 'loading', target});
    let answered = false;
    void canReachStackBlitz().then((reachable) => reachable || answered || fail('unreachable'));
    let project: ExampleProject;
    try {
      project = await projectLoad;
    } catch {
      return fail('load');
    }
    if (!current()) return;

    if (target === 'tab') {
      openInNewTab(project, {open, theme});
      setStatus({kind: 'opened'});
      return;
    }

    if (live && live.owner !== owner) live.close();
    live = {
      owner,
      close: () => {
        attempt++;
        host.current?.replaceChildren();
        setStatus({kind: 'idle', replaced: true});
      },
    };
    const connected = embed(host.current!, project, {open, theme, title: `StackBlitz sandbox: ${example}`});
    setStatus({kind: 'embedded', connected: false, slow: false});
    const slow = () => current() && setStatus((s) => (s.kind === 'embedded' && !s.connected ? {...s, slow: true} : s));
    const timer = window.setTimeout(slow, SLOW_AFTER_MS);
    // When the SDK gives up (~10 s) the frame stays: a slow StackBlitz may still show up in it.
    connected
      .then(() => {
        answered = true;
        if (current()) setStatus({kind: 'embedded', connected: true, slow: false});
      }, slow)
      .finally(() => window.clearTimeout(timer));
  }

  return {
    launch: (target: Target, theme: 'light' | 'dark', project?: Promise<ExampleProject>): void => void launch(target, theme, project),
    close(): void {
      attempt++;
      clearFrame();
      setStatus({kind: 'idle'});
    },
    dispose(): void {
      attempt++;
      if (live?.owner === owner) live = null;
    },
  };
}

/** The status line once a launch has gone further than loading (the shell words the rest). */
export function message(status: Status): string {
  if (status.kind === 'idle') return status.replaced ? 'Closed: another sandbox was started on this page.' : '';
  if (status.kind === 'opened') return 'Opened in a new tab: StackBlitz installs the dependencies, then runs npm start.';
  if (status.kind === 'embedded' && status.connected) return 'StackBlitz is running the example below: npm install, then npm start.';
  return 'Starting StackBlitz below…';
}

/** Shown when the embedded sandbox has not answered after a few seconds; `children`: what to run locally. */
export function SlowNotice({className, children}: {className: string; children: ReactNode}): ReactNode {
  return (
    <div className={className}>
      <p>
        <strong>StackBlitz has not answered yet.</strong> If the sandbox below stays empty, stackblitz.com may be blocked on this network.
      </p>
      {children}
    </div>
  );
}
