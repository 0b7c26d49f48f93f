// What the search box and the results page show for a query: the hits of every guide line, the
// reader's line first among equals, each named by its line; a troubleshooting entry shown by its
// heading (not by the message, which several entries share up to the reader's names), each
// section once; and, when nothing matches, the troubleshooting entries of the reader's line.
import {phraseScore} from './phrase';
import {queryText} from './normalize';

export interface SearchDocument {
  i: number;
  t: string;
  u: string;
  h?: string;
  s?: string;
  p?: number;
  b?: string[];
}

export interface SearchResult {
  document: SearchDocument;
  type: number;
  page?: SearchDocument | false;
  metadata: Record<string, unknown>;
  tokens: string[];
  isInterOfTree?: boolean;
  isLastOfTree?: boolean;
}

/** A guide line as build/skills/index.json lists it. */
export interface SearchLine {
  id: string;
  label: string;
  path: string;
  current: boolean;
  pages: {path: string; title: string; twin: string; entries?: {heading: string; anchor: string; message: string}[]}[];
}

export interface LinesQuery {
  /** The search package's worker: one index (a line's search URL), the package's order. */
  search: (searchUrl: string, input: string, limit: number) => Promise<SearchResult[]>;
  lines: SearchLine[];
  /** The site's base URL: the current lines' index is there. */
  siteBase: string;
  /** The index the package would have searched (the version being read). */
  versionUrl: string;
  /** The page the reader is on: its line comes first. */
  readerPath: string;
  input: string;
  limit: number;
}

const TITLE = 0;
const HEADING = 1;
/** Candidates per index before ranking: a message Nest words alike for eight entries has them all. */
const POOL = 30;
const WORDS_PER_PART = 3;
/** Less than one matched word pair: an entry goes first among sections quoting a message as closely. */
const ENTRY = 0.5;

export function searchUrlOf(line: SearchLine, siteBase: string): string {
  return line.current ? siteBase : `${line.path}/`;
}

export async function searchLines(query: LinesQuery): Promise<SearchResult[]> {
  const {lines, siteBase, input, limit} = query;
  const bare = (path: string) => path.replace(/\/$/, '');
  const lineOfPage = new Map(lines.flatMap((line) => line.pages.map((page) => [bare(page.path), line] as const)));
  const reader = lineOfPage.get(bare(query.readerPath)) ?? lines.find((line) => searchUrlOf(line, siteBase) === query.versionUrl);
  const parts = partsOf(input);
  const pasted = parts.length > 1 || input.trim().split(/\s+/).length >= 3;
  const searchAll = (url: string) => Promise.all(parts.map((part) => query.search(url, part, Math.max(limit, POOL)))).then((found) => found.flat());
  const own = await searchAll(query.versionUrl);
  // Other lines' indexes load only for a pasted message or when the reader's line has no hit.
  const others = pasted || own.length === 0 ? [...new Set(lines.map((line) => searchUrlOf(line, siteBase)))].filter((url) => url !== query.versionUrl) : [];
  const found = own.concat(...(await Promise.all(others.map(searchAll))));
  const ranked = found
    .map((result, index) => {
      const line = lineOfPage.get(bare(result.document.u));
      const entry = entryOf(result, line);
      // An entry quotes the message alone; among sections that quote it as closely, it explains it.
      const quoted = entry?.message ?? result.document.t;
      return {result, index, line, length: quoted.length, score: pasted ? phraseScore(input, quoted) + (entry ? ENTRY : 0) : 0};
    })
    // Among equals: the reader's line, then the text quoting little else (an entry whose message is only this one).
    .sort((a, b) => b.score - a.score || rankOf(a.line, reader) - rankOf(b.line, reader) || (a.score > 0 ? a.length - b.length : 0) || a.index - b.index);
  const seen = new Set<string>();
  const shown: SearchResult[] = [];
  for (const {result, line} of ranked) {
    const key = `${bare(result.document.u)}${result.document.h ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    shown.push(present(result, line));
  }
  const results = shown.length ? shown.slice(0, limit) : entriesOf(reader ? [reader] : lines.filter((line) => line.current));
  // Unique ids: the results page keys its list by them, and each index numbers its own from 1.
  return results.map((result, i) => ({...result, document: {...result.document, i}}));
}

/**
 * A pasted message is searched a few of its own words at a time: the index finds a section only
 * when it holds every word searched, and readers' messages differ from the page's in places
 * (their names, their database's wording). A short query is searched as it is.
 */
function partsOf(input: string): string[] {
  const words = [
    ...new Set(
      queryText(input)
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.replace(/\W/g, '').length > 3),
    ),
  ];
  if (words.length < 4) return [input];
  const parts: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_PART) parts.push(words.slice(i, i + WORDS_PER_PART).join(' '));
  if (parts.length > 1 && parts[parts.length - 1].split(' ').length < 2) parts[parts.length - 2] += ` ${parts.pop()}`;
  return parts;
}

function entryOf(result: SearchResult, line: SearchLine | undefined) {
  const bare = result.document.u.replace(/\/$/, '');
  return line?.pages.find((p) => p.path.replace(/\/$/, '') === bare)?.entries?.find((e) => e.anchor === result.document.h);
}

function rankOf(line: SearchLine | undefined, reader: SearchLine | undefined): number {
  return line === reader ? 0 : line?.current ? 1 : 2;
}

/** A hit as the dropdown shows it: an entry by its heading, its path led by its line. */
function present(result: SearchResult, line: SearchLine | undefined): SearchResult {
  const {document, page} = result;
  const entry = entryOf(result, line);
  // The line's label stands for the family's breadcrumb: it names the family too.
  const named = (doc: SearchDocument): SearchDocument => ({...doc, b: line ? [line.label] : doc.b});
  const shown: SearchResult = {...result, isInterOfTree: false, isLastOfTree: false};
  if (entry && result.type !== TITLE) {
    return {
      ...shown,
      type: HEADING,
      metadata: marks(entry.heading, result.tokens),
      document: {...document, t: entry.heading, s: undefined},
      page: page && named(page),
    };
  }
  return page ? {...shown, page: named(page)} : {...shown, document: named(document)};
}

/** Every troubleshooting entry of `lines`, as heading hits. */
function entriesOf(lines: SearchLine[]): SearchResult[] {
  return lines.flatMap((line) =>
    line.pages.flatMap((page) =>
      (page.entries ?? []).map((entry) => ({
        document: {i: 0, t: entry.heading, u: page.path, h: entry.anchor},
        type: HEADING,
        page: {i: 0, t: page.title, u: page.path, b: [line.label]},
        metadata: marks(entry.heading, []),
        tokens: [],
      })),
    ),
  );
}

/**
 * Where the query's words are in a heading, as lunr reports matches (the dropdown highlights them
 * and needs at least one, empty when none is there).
 */
function marks(heading: string, tokens: string[]): Record<string, unknown> {
  const position = [...heading.matchAll(/[\w$@]+/g)]
    .filter((word) => tokens.some((token) => word[0].toLowerCase().startsWith(token.slice(0, Math.max(3, token.length - 2)))))
    .map((word) => [word.index, word[0].length]);
  return {heading: {t: {position: position.length ? position : [[0, 0]]}}};
}
