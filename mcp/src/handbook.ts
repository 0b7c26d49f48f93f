// The handbook as the site built it: its guide lines (docs family + version), each page's
// Markdown twin, the search indexes and the compatibility data the tests wrote, read from the
// index file scripts/build.mjs made from the site's build/ folder. Nothing is fetched.
import fs from 'node:fs';
import {McpError, ErrorCode} from '@modelcontextprotocol/sdk/types.js';
import type {Line} from '../../src/plugins/agent-skills/lines';
import {plainHeading, troubleshootingEntries, type TroubleshootingEntry} from '../../src/plugins/agent-skills/troubleshooting';

/** One example's tested stack, as build/compatibility.json records it (written by `npm run matrix`). */
export interface TestedExample {
  example: string;
  stack?: string;
  node?: string;
  packages: Record<string, string>;
  runs?: {check: string; database?: string; passed: boolean; tests?: number}[];
  verified?: string;
}

export interface HandbookLine extends Line {
  /** Where the site's search box reads this line's index: `/` for current versions. */
  searchUrl: string;
  /** What the tests ran this line's examples with. */
  tested: TestedExample[];
}

export interface HandbookIndex {
  site: {title: string; url: string};
  lines: HandbookLine[];
  /** Twin path → twin text, byte for byte as the site serves it. */
  twins: Record<string, string>;
  /** Search URL → the search package's index file for it. */
  searchIndexes: Record<string, unknown>;
}

export interface Entry extends TroubleshootingEntry {
  line: HandbookLine;
  page: Line['pages'][number];
  /** The heading's anchor on the live page (`#forfeature-without-the-connection-name`). */
  anchor?: string;
}

export class Handbook {
  readonly lines: HandbookLine[];
  readonly entries: Entry[];
  private readonly pageLine = new Map<string, HandbookLine>();

  constructor(readonly index: HandbookIndex) {
    this.lines = index.lines;
    for (const line of this.lines) for (const page of line.pages) this.pageLine.set(page.path, line);
    const anchors = headingAnchors(index.searchIndexes);
    this.entries = this.lines.flatMap((line) =>
      line.pages.flatMap((page) =>
        troubleshootingEntries(this.twin(page.twin)).map((entry) => ({
          ...entry,
          line,
          page,
          anchor: anchors.get(`${bare(page.path)}\n${plainHeading(entry.heading)}`),
        })),
      ),
    );
  }

  static load(file: URL): Handbook {
    return new Handbook(JSON.parse(fs.readFileSync(file, 'utf8')) as HandbookIndex);
  }

  twin(twinPath: string): string {
    const text = this.index.twins[twinPath];
    if (text === undefined) throw new Error(`the index holds no twin ${twinPath}`);
    return text;
  }

  lineOfPage(pagePath: string): HandbookLine | undefined {
    return this.pageLine.get(pagePath);
  }

  /** A site path (a permalink, which holds the site's base path already) as an absolute URL. */
  liveUrl(pagePath: string, anchor = ''): string {
    return new URL(`${pagePath}${anchor}`, this.index.site.url).href;
  }

  /**
   * A line named as `family@version` (`nestjs-query@0.30.x`), its skill's name, its route
   * (`/nestjs-query/0.30`) or the family alone (its current version).
   */
  line(name: string): HandbookLine {
    const wanted = name.trim().toLowerCase().replace(/\/+$/, '');
    const found = this.lines.find(
      (line) =>
        [line.id, line.skill.name, line.path, `${line.family}@${line.label}`].some((alias) => alias.toLowerCase().replace(/\/+$/, '') === wanted) ||
        (line.current && line.family === wanted),
    );
    if (!found) {
      throw new McpError(ErrorCode.InvalidParams, `Unknown line "${name}". The lines are: ${this.lines.map((l) => `${l.id} (${l.title})`).join(', ')}.`);
    }
    return found;
  }

  /**
   * A page by its path, URL or twin URL (`/nestjs-query/multiple-databases`, `...multiple-databases.md`),
   * or by its path inside a line (`multiple-databases`). With a line, the same page in that line,
   * as the site's version menu keeps a reader on the page they read.
   */
  page(pathOrUrl: string, lineName?: string): {line: HandbookLine; page: Line['pages'][number]} {
    const line = lineName === undefined ? undefined : this.line(lineName);
    const wanted = normalizePath(pathOrUrl, this.index.site.url);
    const exact = this.pageLine.get(wanted) ?? this.pageLine.get(`${wanted}/`);
    // The page's path inside its own line, or as given when no line holds it.
    const relative = exact ? pathInLine(wanted, exact) : wanted.replace(/^\//, '');
    const candidates = line ? [line] : exact ? [exact] : this.lines.filter((l) => l.current);
    const matches = candidates.flatMap((l) => l.pages.filter((p) => pathInLine(p.path, l) === relative.replace(/\/$/, '')).map((p) => ({line: l, page: p})));
    if (matches.length === 1) return matches[0];
    const where = line ? `line ${line.id}` : 'the current lines';
    const scope = line ? [line] : candidates;
    if (matches.length > 1) {
      throw new McpError(ErrorCode.InvalidParams, `"${pathOrUrl}" is a page of several lines (${matches.map((m) => m.line.id).join(', ')}): pass a line.`);
    }
    const known = scope.flatMap((l) => l.pages.map((p) => p.path)).join(', ');
    throw new McpError(ErrorCode.InvalidParams, `No page "${pathOrUrl}" in ${where}. Its pages: ${known}.`);
  }
}

/** A page path as the site writes it: no origin, no `.md`, no trailing slash, the site's base path first (the root stays `/`). */
function normalizePath(input: string, siteUrl: string): string {
  let value = input.trim();
  if (/^https?:\/\//i.test(value)) value = new URL(value).pathname;
  value = value.replace(/[?#].*$/, '').replace(/\.md$/, '');
  if (!value.startsWith('/') && !value.includes('/')) return value;
  if (!value.startsWith('/')) value = `/${value}`;
  // A path given without the base path (`/nestjs-query/migrations` for a site under `/handbook/`).
  const base = new URL(siteUrl).pathname.replace(/\/$/, '');
  if (base && value !== base && !value.startsWith(`${base}/`)) value = `${base}${value}`;
  return value.replace(/\/+$/, '') || '/';
}

/** `/nestjs-query/0.30/migrations` in line `/nestjs-query/0.30` → `migrations` (its index page → ``). */
function pathInLine(pagePath: string, line: Line): string {
  const base = line.path.replace(/\/$/, '');
  return pagePath.replace(/\/$/, '').slice(base.length).replace(/^\//, '');
}

const bare = (pagePath: string) => pagePath.replace(/\/$/, '') || '/';

/** Page path + heading text → anchor, from the headings the search index holds. */
function headingAnchors(searchIndexes: Record<string, unknown>): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const file of Object.values(searchIndexes) as {documents: {t: string; u: string; h?: string}[]}[][]) {
    for (const doc of file[1]?.documents ?? []) if (doc.h) anchors.set(`${bare(doc.u)}\n${doc.t}`, doc.h);
  }
  return anchors;
}
