// The part of the launcher that talks to StackBlitz. Loaded on the reader's first click only,
// together with the example's files: nothing here (nor the SDK) is in the page before that.
import sdk, {type EmbedOptions, type OpenOptions, type Project} from '@stackblitz/sdk';

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
export function openInNewTab(project: Project, launch: LaunchOptions): void {
  sdk.openProject(project, options(launch));
}
