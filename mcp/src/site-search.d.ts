// The search package's worker and constants, as the MCP bundle imports them (see scripts/build.mjs).
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js' {
  export interface SearchDocument {
    i: number;
    t: string;
    u: string;
    h?: string;
    s?: string;
    p?: number;
  }
  export interface SearchResult {
    document: SearchDocument;
    type: number;
    page: SearchDocument | false | undefined;
    score: number;
  }
  export interface WrappedIndex {
    type: number;
    documents: SearchDocument[];
    index: unknown;
  }
  export class SearchWorker {
    search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]>;
    lowLevelFetchIndexes(baseUrl: string, searchContext: string): Promise<{wrappedIndexes: WrappedIndex[]; zhDictionary: string[]}>;
  }
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js' {
  export const searchResultLimits: number;
}
declare module 'lunr' {
  const lunr: {stopWordFilter(token: string): string | undefined; Index: {load(serialized: unknown): unknown}};
  export default lunr;
}

/** The package's version, written in at bundle time. */
declare const HANDBOOK_MCP_VERSION: string;
