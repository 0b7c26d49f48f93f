// Docusaurus plugin: a reader who pastes an error line into the search box gets the troubleshooting
// entry that explains it, in whatever words their own app printed it. @easyops-cn/docusaurus-search-local
// indexes code blocks with their section, but its worker splits the query differently from the
// index, keeps only the first 12 words, needs every word (the reader's own names too) and ranks
// near-identical messages by word counts, and its search box searches one guide line. Three of its
// modules are swapped for ours: in the worker, tokenize (tokenize.ts) and sortSearchResults
// (rank.ts); in the search box and results page, searchByWorker (searchByWorker.ts). The rest is
// the package's own. A swap whose import is gone after an upgrade fails the build by name.
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

// Each swap: the request as the package's file writes it, the folder of that file (under the
// package's dist/client/client/), and our module. tests/site/support/site-search.ts bundles with this plugin.
import SWAPS from './swaps.json';

const PACKAGE = `${path.sep}docusaurus-search-local${path.sep}dist${path.sep}client${path.sep}client${path.sep}`;
const REQUESTS = new RegExp(`^(?:${[...new Set(SWAPS.map((swap) => swap.request))].map((r) => r.replace(/[./]/g, '\\$&')).join('|')})$`);

/** The swaps whose import the package's files no longer make (read from the files: a cached rebuild resolves nothing anew). */
export function missingSwaps<T extends {request: string; from: string}>(swaps: readonly T[]): T[] {
  const client = path.join(path.dirname(require.resolve('@easyops-cn/docusaurus-search-local/package.json')), 'dist', 'client', 'client');
  return swaps.filter((swap) => {
    const dir = path.join(client, ...swap.from.split('/'));
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((file) => /\.jsx?$/.test(file)) : [];
    return !files.some((file) => fs.readFileSync(path.join(dir, file), 'utf8').includes(`from "${swap.request}"`));
  });
}

export default function errorMessageSearch(_context: LoadContext): Plugin {
  const missed = missingSwaps(SWAPS);
  if (missed.length) {
    const names = missed.map((swap) => `${swap.request} from ${swap.from}`).join(', ');
    throw new Error(
      `error-message-search: @easyops-cn/docusaurus-search-local no longer imports ${names}; our ${missed.map((s) => s.ours).join(', ')} would not run. Update SWAPS in src/plugins/error-message-search/index.ts for the new version.`,
    );
  }
  return {
    name: 'error-message-search',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const replace = (data: {context?: string; request?: string}) => {
        const swap = SWAPS.find((s) => s.request === data.request && data.context?.endsWith(`${PACKAGE}${s.from.split('/').join(path.sep)}`));
        if (swap) data.request = path.join(__dirname, swap.ours);
      };
      return {plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(REQUESTS, replace)]};
    },
  };
}
