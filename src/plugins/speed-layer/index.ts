// Docusaurus plugin: the pieces of the speed layer, each kept for a gain the benchmark measures
// against stock Docusaurus (scripts/bench/parts/speed-layer.mjs). The build fails, naming the
// piece, when a Docusaurus upgrade drops what the piece works around. SPEED_LAYER_OFF=<piece>,…
// builds the site with those pieces back to stock, for the benchmark's A/B table: a theme
// component copy goes off by resolving its `@theme/…` request to theme-classic's own.
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

const require = createRequire(__filename);

/** A file of an installed package, `@scope/name/path` (read past the package's exports map). */
function packageFile(spec: string): string {
  const [scope, name, ...rest] = spec.split('/');
  const dir = require.resolve.paths(spec)?.find((modules) => fs.existsSync(path.join(modules, scope!, name!, 'package.json')));
  if (!dir) throw new Error(`Speed layer: ${scope}/${name} is not installed`);
  return path.join(dir, scope!, name!, ...rest);
}

type Piece = {
  /** Theme components it replaces (src/theme/<name>). */
  components?: string[];
  /** Its client module (src/clientModules/<name>.ts). */
  clientModule?: boolean;
  /** What it works around in Docusaurus: files of the installed packages and what each still does. */
  stock: {file: string; does: RegExp; what: string}[];
};

const remountsAfterHydration = (component: string) => ({
  file: `@docusaurus/theme-classic/lib/theme/${component}/index.js`,
  does: /key=\{String\(isBrowser\)\}/,
  what: `mounts every ${component} again after hydration`,
});

export const PIECES: Record<string, Piece> = {
  prefetchOnIntent: {
    clientModule: true,
    stock: [
      {
        file: '@docusaurus/core/lib/client/exports/Link.js',
        does: /IntersectionObserver[\s\S]*window\.docusaurus\.prefetch\(/,
        what: 'prefetches every link that scrolls into view',
      },
      {file: '@docusaurus/core/lib/client/clientEntry.js', does: /window\.docusaurus = docusaurus;/, what: 'sets window.docusaurus, which the piece replaces'},
    ],
  },
  prismOnDemand: {
    stock: [
      {
        file: '@docusaurus/theme-classic/lib/index.js',
        does: /'\.\/prism-include-languages'/,
        what: 'loads Prism with every page (its prism-include-languages client module)',
      },
    ],
  },
  codeBlock: {
    components: ['CodeBlock', 'CodeBlock/Container', 'CodeBlock/Content'],
    stock: [remountsAfterHydration('CodeBlock')],
  },
  codeWordWrap: {
    components: ['CodeBlock/Content/String'],
    stock: [
      {
        file: '@docusaurus/theme-common/lib/hooks/useCodeWordWrap.js',
        does: /useEffect\(\(\) => \{\s*updateCodeIsScrollable\(\);/,
        what: 'measures every code block in an effect after hydration',
      },
    ],
  },
  tabs: {components: ['Tabs'], stock: [remountsAfterHydration('Tabs')]},
};

export const speedLayerOff = new Set((process.env.SPEED_LAYER_OFF ?? '').split(',').filter(Boolean));
// Prism on demand needs our CodeBlock/Content: with theme-classic's, Prism is loaded with the page.
if (speedLayerOff.has('codeBlock')) speedLayerOff.add('prismOnDemand');

const unknown = [...speedLayerOff].filter((piece) => !(piece in PIECES));
if (unknown.length) throw new Error(`SPEED_LAYER_OFF names no piece ${unknown.join(', ')}; the pieces are ${Object.keys(PIECES).join(', ')}`);

const inThemeClassic = (component: string) =>
  [`${component}/index.js`, `${component}.js`].some((file) => fs.existsSync(packageFile(`@docusaurus/theme-classic/lib/theme/${file}`)));

for (const [name, {components = [], stock}] of Object.entries(PIECES)) {
  const gone = components.filter((component) => !inThemeClassic(component));
  if (gone.length) throw new Error(`Speed layer piece "${name}": theme-classic has no ${gone.join(', ')} any more, so src/theme/${gone[0]} is never used.`);
  for (const {file, does, what} of stock) {
    if (!does.test(fs.readFileSync(packageFile(file), 'utf8'))) {
      throw new Error(`Speed layer piece "${name}": Docusaurus no longer ${what} (${file}), so the piece does nothing; put it back to stock.`);
    }
  }
}

/** The client modules of the pieces that are on. */
export const speedLayerClientModules = Object.entries(PIECES)
  .filter(([name, piece]) => piece.clientModule && !speedLayerOff.has(name))
  .map(([name]) => `./src/clientModules/${name}.ts`);

export default function speedLayer(_context: LoadContext): Plugin {
  return {
    name: 'speed-layer',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const stock = [...speedLayerOff].flatMap((piece) => PIECES[piece]!.components ?? []);
      return {
        plugins: stock.map((name) => new currentBundler.instance.NormalModuleReplacementPlugin(new RegExp(`^@theme/${name}$`), `@theme-original/${name}`)),
      };
    },
  };
}
