// Docusaurus plugin: a reader who pastes an error line into the search box gets the page section
// that quotes it. @easyops-cn/docusaurus-search-local indexes code blocks with its section, but its
// search worker splits the query differently from the index (quotes and "(?)." stay attached to
// words, so `"SecretEntity"` never matches), keeps only the first 12 words, stop words included,
// and ranks near-identical messages by word counts alone. Two of the worker's helpers are
// swapped for ours (tokenize.ts, rank.ts); the rest of the search is the package's own.
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const HELPERS = /^\.\.\/utils\/(tokenize|sortSearchResults)$/;
const OURS: Record<string, string> = {
  tokenize: path.join(__dirname, 'tokenize.ts'),
  sortSearchResults: path.join(__dirname, 'rank.ts'),
};

export default function errorMessageSearch(_context: LoadContext): Plugin {
  return {
    name: 'error-message-search',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const replace = (data: {context?: string; request?: string}) => {
        const helper = HELPERS.exec(data.request ?? '')?.[1];
        if (helper && data.context?.includes(`${path.sep}docusaurus-search-local${path.sep}`)) data.request = OURS[helper];
      };
      return {plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(HELPERS, replace)]};
    },
  };
}
