// dotenv's bundle requires fs, path, os and url at the top (for `config()`, which the browser
// never calls); `parse()` needs none of them. Resolve those Node built-ins to empty modules in
// the browser build so the playground can parse `.env` with dotenv itself.
import type {Plugin} from '@docusaurus/types';

const NODE_BUILTINS = ['fs', 'path', 'os', 'url', 'crypto'] as const;

export default function browserFallbacks(): Plugin {
  return {
    name: 'browser-fallbacks',
    configureWebpack: (_config, isServer) => (isServer ? {} : {resolve: {fallback: Object.fromEntries(NODE_BUILTINS.map((name) => [name, false]))}}),
  };
}
