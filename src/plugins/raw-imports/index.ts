// `import text from './file?raw'` gives the file's text as a string, at build time. The
// playground uses it to take its presets straight from the examples (e.g. their .env files),
// so a preset cannot drift from the example the guide shows.
import type {Plugin} from '@docusaurus/types';

export default function rawImports(): Plugin {
  return {
    name: 'raw-imports',
    configureWebpack: () => ({module: {rules: [{resourceQuery: /^\?raw$/, type: 'asset/source'}]}}),
  };
}
