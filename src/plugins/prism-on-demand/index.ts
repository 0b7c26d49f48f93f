// Docusaurus plugin: Prism (prism-react-renderer and the additional languages) leaves the
// browser's main bundle. Code blocks hydrated from the server's HTML keep it
// (src/theme/CodeBlock/Content), so a page opened from a link never needs Prism; a block first
// rendered in the browser (a client-side navigation) loads it on demand.
// - @handbook/highlighter is the server's version (Prism imported) or the browser's (Prism in a
//   chunk of its own), by build;
// - theme-classic's client module that registers the additional languages on page load becomes
//   an empty one in the browser; the highlighter's chunk registers them itself.
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {speedLayerOff} from '../speed-layer';

const EAGER_LANGUAGES = /[\\/]@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;

export default function prismOnDemand(_context: LoadContext): Plugin {
  return {
    name: 'prism-on-demand',
    configureWebpack(_config, isServer, {currentBundler}) {
      const server = isServer || speedLayerOff.has('prismOnDemand');
      return {
        resolve: {alias: {'@handbook/highlighter': path.join(__dirname, server ? 'highlighter.server.ts' : 'highlighter.client.ts')}},
        plugins: server ? [] : [new currentBundler.instance.NormalModuleReplacementPlugin(EAGER_LANGUAGES, path.join(__dirname, 'noLanguagesOnLoad.ts'))],
      };
    },
  };
}
