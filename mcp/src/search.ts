// The site's own search, run in-process: the search package's worker class (the code the search
// box runs in its Web Worker), with the two helpers the site swaps in (src/plugins/error-message-search:
// tokenize.ts, rank.ts), bundled by scripts/build.mjs exactly as the site's bundler wires them,
// over the very index files the site serves. Only the fetch of an index file is replaced.
import lunr from 'lunr';
import {SearchWorker, type SearchResult, type WrappedIndex} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js';
import {searchResultLimits} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js';
import type {Handbook, HandbookLine} from './handbook';

export interface Hit {
  line: string;
  /** The page's title. */
  title: string;
  /** The section's heading, when the hit is inside one. */
  heading?: string;
  /** The live page, with the section's anchor. */
  url: string;
  /** The page's Markdown twin. */
  twin: string;
  /** The matched text (a heading, a page description, a paragraph). */
  text: string;
  page: string;
  anchor?: string;
}

type Loaded = {wrappedIndexes: WrappedIndex[]; zhDictionary: string[]};

/** The worker with its index files read from the handbook index instead of fetched. */
class InProcessSearch extends SearchWorker {
  private readonly loaded = new Map<string, Loaded>();

  constructor(private readonly files: Record<string, unknown>) {
    super();
  }

  private readonly longest = new Map<string, number>();

  /** The length of the longest word an index holds. */
  longestTerm(baseUrl: string): number {
    let length = this.longest.get(baseUrl);
    if (length === undefined) {
      const json = this.files[baseUrl] as {index: {invertedIndex: [string, unknown][]}}[];
      length = Math.max(0, ...json.flatMap(({index}) => index.invertedIndex.map(([term]) => term.length)));
      this.longest.set(baseUrl, length);
    }
    return length;
  }

  async lowLevelFetchIndexes(baseUrl: string): Promise<Loaded> {
    return this.load(baseUrl);
  }

  load(baseUrl: string): Loaded {
    let loaded = this.loaded.get(baseUrl);
    if (!loaded) {
      const json = this.files[baseUrl] as {documents: WrappedIndex['documents']; index: unknown}[] | undefined;
      if (!json) throw new Error(`no search index for ${baseUrl}`);
      // As the package's own loader does: one lunr index per document type, in file order.
      loaded = {wrappedIndexes: json.map(({documents, index}, type) => ({type, documents, index: lunr.Index.load(index)})), zhDictionary: []};
      this.loaded.set(baseUrl, loaded);
    }
    return loaded;
  }
}

export class HandbookSearch {
  private readonly worker: InProcessSearch;

  constructor(private readonly handbook: Handbook) {
    this.worker = new InProcessSearch(handbook.index.searchIndexes);
  }

  /**
   * Loads every index and runs one pasted message through each (its first troubleshooting entry,
   * or its first page's title), so that the reader's first search does not pay for loading and
   * for the engine's first, unoptimised runs.
   */
  async warmUp(): Promise<void> {
    for (const line of this.handbook.lines) {
      const entry = this.handbook.entries.find((e) => e.line === line);
      await this.search(entry?.message ?? line.pages[0].title, line);
    }
  }

  /**
   * What the site's search box suggests for `input` on a page of `line`, in its order, keeping
   * the hits on that line's pages. Without a line: the current lines, as on the home page.
   */
  async search(input: string, line?: HandbookLine): Promise<Hit[]> {
    const searchUrl = line?.searchUrl ?? '/';
    const results = await this.worker.search(searchUrl, '', this.matchable(input, searchUrl), searchResultLimits);
    const pages = line ? new Set(line.pages.map((page) => page.path)) : undefined;
    return results.filter((result) => !pages || pages.has(result.document.u)).map((result) => this.hit(result));
  }

  /**
   * The input without words longer than any word of the index (by more than the one edit the
   * search allows): they cannot match, and lunr's fuzzy matching of a word takes time that
   * grows with its length (a 4,000-character word held the server for minutes).
   */
  private matchable(input: string, searchUrl: string): string {
    const longest = this.worker.longestTerm(searchUrl) + 1;
    const fits = (chunk: string) => chunk.split('-').every((part) => part.replace(/^\W+/, '').replace(/\W+$/, '').length <= longest);
    return input.split(/\s+/).filter(fits).join(' ');
  }

  private hit(result: SearchResult): Hit {
    const {document} = result;
    const page = result.page || document;
    const line = this.handbook.lineOfPage(document.u);
    const twin = line?.pages.find((p) => p.path === document.u)?.twin ?? `${document.u.replace(/\/$/, '')}.md`;
    // Type 1 is a heading, 0 a page title; descriptions and paragraphs name their section in `s`.
    const heading = result.type === 1 ? document.t : result.type === 0 ? undefined : document.s !== page.t ? document.s : undefined;
    return {
      line: line?.id ?? '',
      title: page.t,
      heading,
      url: this.handbook.liveUrl(document.u, document.h ?? ''),
      twin: this.handbook.liveUrl(twin),
      text: document.t,
      page: document.u,
      anchor: document.h,
    };
  }
}
