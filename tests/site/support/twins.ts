import fs from 'node:fs';
import path from 'node:path';
import {guidePaths} from '../../../tools/site.mjs';
import {troubleshootingEntries as entriesOfTwin} from '../../../src/plugins/agent-skills/troubleshooting';

/** The built Markdown twin of a page (`/a/b/` → build/a/b.md). */
export function twinFile(pagePath: string): string {
  return path.join('build', `${pagePath.replace(/\/$/, '')}.md`);
}

export function readTwin(pagePath: string): string {
  return fs.readFileSync(twinFile(pagePath), 'utf8');
}

export interface TroubleshootingEntry {
  page: string;
  heading: string;
  /** The message as a terminal prints it: the page wraps long lines, a reader pastes one. */
  message: string;
}

/** Every troubleshooting entry of every guide page, read from the twins by the skills plugin's extractor. */
export function troubleshootingEntries(): TroubleshootingEntry[] {
  return guidePaths().flatMap((page) => entriesOfTwin(readTwin(page)).map(({heading, message}) => ({page, heading, message})));
}

/** The docs version a page belongs to: the folder of the llms-full.txt that llms.txt lists for it. */
export function versionOf(pagePath: string): string {
  const index = fs.readFileSync(path.join('build', 'llms.txt'), 'utf8');
  const roots = [...index.matchAll(/\((\S+)\/llms-full\.txt\)/g)].map((m) => `${new URL(m[1]).pathname.replace(/\/$/, '')}/`);
  const own = roots.filter((root) => `${pagePath.replace(/\/$/, '')}/`.startsWith(root)).sort((a, b) => b.length - a.length)[0];
  if (!own) throw new Error(`${pagePath} is in no version listed by build/llms.txt`);
  return own;
}

/** A heading's text as a reader sees it, without its "Direct link" anchor (runs in the page). */
export function headingText(heading: Element): string {
  const copy = heading.cloneNode(true) as Element;
  copy.querySelector('.hash-link')?.remove();
  return (copy.textContent ?? '').trim();
}
