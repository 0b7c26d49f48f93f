import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import remarkSnippet from './src/plugins/remark-snippet';
import remarkSnippetDiff from './src/plugins/remark-snippet-diff';
import remarkTestedWith from './src/plugins/tested-with';
import compatibility from './src/plugins/compatibility';
import examplesManifest from './src/plugins/examples-manifest';
import browserFallbacks from './src/plugins/browser-fallbacks';
import rawImports from './src/plugins/raw-imports';
import sqljsAssets from './src/playground/plugin';
import markdownTwins from './src/plugins/markdown-twins';
import agentSkills from './src/plugins/agent-skills';
import errorMessageSearch from './src/plugins/error-message-search';
import prismOnDemand from './src/plugins/prism-on-demand';
import homePage from './src/plugins/home-page';
import rehypeTableLabels from './src/plugins/rehype-table-labels';
import speedLayer, {speedLayerClientModules} from './src/plugins/speed-layer';
import {tokenColourCss} from './src/theme/CodeBlock/Content/tokenColours';
import {codeThemes} from './src/lib/codeThemes';
import {families, type Family} from './tools/families.mjs';
import {lineLabel} from './tools/lockfile.mjs';
import {deployment} from './tools/deployment.mjs';

// Each guide family is its own docs plugin instance, versioned on its own (tools/families.mjs). A
// line's label names the stack its example's lockfile installs ("nestjs-query 9.x · NestJS 12 ·
// TypeORM 1.1"), so the version menu never names a version by hand; the banner and badge wording
// around that label is in i18n/en/code.json.

// The site's address and its repository: SITE_URL and REPOSITORY_URL, or GitHub Actions' own
// variables (tools/deployment.mjs; README "Deploy").
const site = deployment();

function docsInstance(family: Family): [string, DocsOptions] {
  const versions: DocsOptions['versions'] = {};
  for (const line of family.lines) {
    versions[line.name] = {label: lineLabel(line), path: line.path, banner: line.unmaintained ? 'unmaintained' : 'none'};
  }
  return [
    '@docusaurus/plugin-content-docs',
    {
      id: family.id,
      path: `docs/${family.id}`,
      routeBasePath: family.id,
      sidebarPath: `./sidebars-${family.id}.ts`,
      lastVersion: 'current',
      versions,
      // Each version's pages are edited in their own folder (docs/<id>, <id>_versioned_docs/version-<name>).
      editUrl: site.editUrl,
      // Tested-with first: it reads which example the page's Snippets come from.
      beforeDefaultRemarkPlugins: [remarkTestedWith, remarkSnippet, remarkSnippetDiff],
      // Tables that stack on a phone (src/css/custom.css).
      rehypePlugins: [rehypeTableLabels],
    },
  ];
}

const config: Config = {
  title: 'Multi-Database Handbook',
  tagline: 'Several databases in one TypeScript application, with tested examples: the NestJS ones run, the eloquent-orm.js ones type-check.',
  favicon: 'img/favicon.svg',
  url: site.url,
  baseUrl: site.baseUrl,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},
  future: {v4: true, faster: true},
  i18n: {defaultLocale: 'en', locales: ['en']},

  presets: [
    [
      'classic',
      {
        docs: false,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  // The classes that colour code tokens in both modes (src/theme/CodeBlock/Content/tokenColours.ts).
  headTags: [{tagName: 'style', attributes: {}, innerHTML: tokenColourCss(codeThemes.theme, codeThemes.darkTheme)}],

  // Client modules: the speed layer's (src/plugins/speed-layer); old links to sections that moved
  // to pages of their own.
  clientModules: [...speedLayerClientModules, './src/clientModules/movedAnchors.ts'],

  plugins: [
    ...families.map(docsInstance),
    browserFallbacks,
    rawImports,
    sqljsAssets,
    [examplesManifest, {repositoryExamplesUrl: site.examplesUrl}],
    compatibility,
    homePage,
    [markdownTwins, {families: families.map(({id, label}) => ({id, label})), repositoryExamplesUrl: site.examplesUrl}],
    [agentSkills, {families: families.map(({id, label}) => ({id, label})), repositoryExamplesUrl: site.examplesUrl}],
    errorMessageSearch,
    prismOnDemand,
    speedLayer,
  ],

  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexBlog: false,
        docsRouteBasePath: families.map((f) => f.id),
        docsDir: families.map((f) => `docs/${f.id}`),
        explicitSearchResultPath: true,
        // Pages outside a docs family (the home page) search the current versions.
        docsPluginIdForPreferredVersion: 'nestjs-query',
        // The Ctrl+K hint fails colour contrast in light mode; the shortcut itself still works.
        searchBarShortcutHint: false,
        // The copy-as-Markdown control under each title is not page content.
        ignoreCssSelectors: ['[data-markdown-twin]'],
        // Suggestions show a troubleshooting entry's whole heading: its end tells it from its neighbours.
        searchResultContextMaxLength: 100,
      },
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Multi-Database Handbook',
      logo: {alt: 'Multi-Database Handbook', src: 'img/logo.svg'},
      items: [
        ...families.map((f) => ({
          type: 'docSidebar' as const,
          docsPluginId: f.id,
          sidebarId: f.sidebarId,
          label: f.label,
          position: 'left' as const,
        })),
        // Our wrapper (src/theme/NavbarItem/DocsVersionDropdownNavbarItem) shows only the
        // dropdown of the family being read.
        ...families.map((f) => ({
          type: 'docsVersionDropdown' as const,
          docsPluginId: f.id,
          position: 'right' as const,
        })),
        {href: site.repository, label: 'Repository', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {title: 'Handbook', items: [{label: 'Compatibility: every tested stack', to: '/compatibility'}]},
        {
          title: 'Source',
          items: [
            {label: 'Repository', href: site.repository},
            {label: 'Examples', href: site.examplesUrl},
          ],
        },
      ],
      copyright: 'Every snippet on this site is cut from an example project: the test suite runs the NestJS examples and type-checks the eloquent-orm.js ones.',
    },
    prism: {
      ...codeThemes,
      additionalLanguages: ['bash', 'sql', 'diff', 'ini'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
