// Docusaurus plugin: a Markdown twin of every docs page at `<page>.md`, `llms.txt` at the site
// root and an `llms-full.txt` per family and version. Twins are made once all content is loaded,
// so a page that cannot become clean Markdown fails the build before bundling starts.
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {pageToMarkdown} from './toMarkdown';
import {type DocPage, type DocsContent, docPages, type Family, twinPath} from './pages';
import {absoluteUrl, llmsFullTxt, llmsTxt, type Site, siteOf} from './llms';
import type {GetCode} from './components';

export interface MarkdownTwinsOptions {
  /** The docs families (instance id and the label readers see), in llms.txt order. */
  families: Family[];
  /** The examples folder in the handbook's repository: a launcher's line links each example there. */
  repositoryExamplesUrl: string;
}

// Typed as Docusaurus's config expects a plugin module: options arrive as `unknown`.
export default function markdownTwins(context: LoadContext, rawOptions?: unknown): Plugin {
  const options = rawOptions as MarkdownTwinsOptions;
  const {siteDir, siteConfig} = context;
  const site = siteOf(siteConfig);
  const getCode: GetCode = {siteUrl: site.url, repositoryExamplesUrl: options.repositoryExamplesUrl};
  let files = new Map<string, string>();
  // The same files for `docusaurus start`, whose dev server serves this folder too.
  const devDir = path.join(context.generatedFilesDir, 'markdown-twins');

  return {
    name: 'markdown-twins',
    allContentLoaded({allContent}) {
      const docs = (allContent['docusaurus-plugin-content-docs'] ?? {}) as DocsContent;
      const pages = docPages(docs, options.families, siteDir);
      const byFile = new Map(pages.map((page) => [page.source, page]));
      const bodies = new Map<DocPage, string>();
      files = new Map();
      for (const page of pages) {
        const file = path.relative(siteDir, page.source);
        const twin = pageToMarkdown({
          source: fs.readFileSync(page.source, 'utf8'),
          file,
          title: page.title,
          description: page.description,
          liveUrl: absoluteUrl(site, page.permalink),
          examplesDir: path.join(siteDir, 'examples'),
          getCode,
          linkTo: (url) => absoluteLink(url, page, byFile, site),
        });
        files.set(twinPath(page.permalink), twin.text);
        bodies.set(page, twin.body);
      }
      files.set(`${siteConfig.baseUrl}llms.txt`, llmsTxt(site, pages));
      for (const [file, text] of llmsFullTxt(site, pages, bodies)) files.set(file, text);
      if (process.env.NODE_ENV === 'development') writeAll(files, devDir, siteConfig.baseUrl);
    },
    configureWebpack() {
      if (process.env.NODE_ENV !== 'development') return {};
      return {devServer: {static: [{directory: devDir, publicPath: siteConfig.baseUrl, watch: false}]}} as object;
    },
    async postBuild({outDir}) {
      writeAll(files, outDir, siteConfig.baseUrl);
    },
  };
}

function writeAll(files: Map<string, string>, dir: string, baseUrl: string): void {
  for (const [file, text] of files) {
    const target = path.join(dir, file.slice(baseUrl.length - 1));
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, text);
  }
}

/** Links in a twin work outside the site: site paths and links to other pages become absolute. */
export function absoluteLink(url: string, page: DocPage, byFile: Map<string, DocPage>, site: Site): string {
  if (/^[a-z]+:/i.test(url) || url.startsWith('#')) return url;
  // A page's `/path` is below the base URL, as Docusaurus resolves it on the page.
  if (url.startsWith('/')) return `${site.url}${url}`;
  const [target, hash] = url.split('#');
  const linked = byFile.get(path.resolve(path.dirname(page.source), target));
  // A link to another page's file goes to that page; any other relative link is a URL already.
  if (!linked) return new URL(url, absoluteUrl(site, page.permalink)).href;
  return `${absoluteUrl(site, linked.permalink)}${hash ? `#${hash}` : ''}`;
}
