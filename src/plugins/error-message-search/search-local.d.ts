declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js' {
  export function sortSearchResults(results: unknown[]): void;
}
declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js' {
  export function fetchIndexesByWorker(baseUrl: string, searchContext: string): Promise<void>;
  // searchLines.ts's SearchResult: the worker's results, as the package's SearchBar reads them.
  export function searchByWorker(baseUrl: string, searchContext: string, input: string, limit: number): Promise<never[]>;
}
