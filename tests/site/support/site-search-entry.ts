// What support/site-search.ts bundles: the search package's worker (its modules swapped by the
// site's plugin), its generated constants, and the module the search box calls.
import lunr from 'lunr';
import {SearchWorker} from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js';

export {searchResultLimits} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/proxiedGeneratedConstants.js';
export {searchLines} from '../../../src/plugins/error-message-search/searchLines';

/** The worker with each index file read instead of fetched, loaded as the package's loader does. */
export function inProcessWorker(read: (url: string) => string): SearchWorker {
  const loaded = new Map<string, unknown>();
  const worker = new SearchWorker();
  worker.lowLevelFetchIndexes = async (url: string) => {
    if (!loaded.has(url)) {
      const json = JSON.parse(read(url)) as {documents: unknown[]; index: unknown}[];
      loaded.set(url, {wrappedIndexes: json.map(({documents, index}, type) => ({type, documents, index: lunr.Index.load(index)})), zhDictionary: []});
    }
    return loaded.get(url);
  };
  return worker;
}
