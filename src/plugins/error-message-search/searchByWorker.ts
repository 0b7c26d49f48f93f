// The search package's searchByWorker (the search box and the results page call it), searching
// every guide line (searchLines.ts) with the lines and entries the agent-skills plugin lists in
// /skills/index.json, both loaded with the first search.
import {fetchIndexesByWorker, searchByWorker as searchIndex} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker.js';
import siteConfig from '@generated/docusaurus.config';
import type {SearchLine, SearchResult} from './searchLines';

export {fetchIndexesByWorker};

let lines: Promise<SearchLine[]> | undefined;

function loadLines(): Promise<SearchLine[]> {
  lines ??= fetch(`${siteConfig.baseUrl}skills/index.json`)
    .then((response) => (response.ok ? (response.json() as Promise<{lines: SearchLine[]}>) : {lines: []}))
    .then((index) => index.lines)
    .catch(() => []);
  return lines;
}

export async function searchByWorker(versionUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]> {
  const [{searchLines}, loaded] = await Promise.all([import('./searchLines'), loadLines()]);
  return searchLines({
    search: (url, text, max) => searchIndex(url, searchContext, text, max),
    lines: loaded,
    siteBase: siteConfig.baseUrl,
    versionUrl,
    readerPath: window.location.pathname,
    input,
    limit,
  });
}
