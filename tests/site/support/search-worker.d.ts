// The worker and its generated constants, as tests/site/support/site-search.ts bundles them for Node.
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js' {
  export class SearchWorker {
    search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<never[]>;
    lowLevelFetchIndexes(baseUrl: string, searchContext?: string): Promise<unknown>;
  }
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js' {
  export const searchResultLimits: number;
}
