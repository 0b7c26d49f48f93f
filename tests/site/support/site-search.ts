// The site's own search, run in Node over the built index files: the search package's worker
// bundled by the site's bundler with the site's plugin swapping its modules exactly as in the
// site's build (src/plugins/error-message-search), and searchLines.ts, which the search box and
// the results page call. Only the fetch of an index file is replaced by a read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {rspack, type Configuration} from '@rspack/core';
import errorMessageSearch from '../../../src/plugins/error-message-search';
import type {SearchLine, SearchResult} from '../../../src/plugins/error-message-search/searchLines';

export interface SiteSearch {
  lines: SearchLine[];
  /** What the search box on `readerPath` suggests for `input`, in its order. */
  suggest(readerPath: string, input: string): Promise<SearchResult[]>;
}

interface Bundle {
  searchLines: typeof import('../../../src/plugins/error-message-search/searchLines').searchLines;
  searchResultLimits: number;
  inProcessWorker(read: (url: string) => string): {search(url: string, context: string, input: string, limit: number): Promise<SearchResult[]>};
}

const root = path.resolve(__dirname, '../../..');

/** The worker and searchLines.ts bundled for Node, as the site's build bundles them for the browser. */
async function bundle(): Promise<Bundle> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'site-search-'));
  // Comlink's expose has no page to talk to here.
  fs.writeFileSync(path.join(out, 'comlink.js'), 'export function expose() {}\n');
  const {plugins} = errorMessageSearch({} as never).configureWebpack?.(
    {},
    false,
    {currentBundler: {name: 'rspack', instance: rspack}} as never,
    {} as never,
  ) as Configuration;
  const config: Configuration = {
    mode: 'none',
    target: 'node',
    context: root,
    entry: path.join(__dirname, 'site-search-entry.ts'),
    output: {path: out, filename: 'search.cjs', library: {type: 'commonjs2'}},
    resolve: {
      extensions: ['.ts', '.js'],
      alias: {'@generated': path.join(root, '.docusaurus'), comlink: path.join(out, 'comlink.js')},
    },
    module: {rules: [{test: /\.ts$/, loader: 'builtin:swc-loader', options: {jsc: {parser: {syntax: 'typescript'}}}, type: 'javascript/auto'}]},
    plugins,
  };
  await new Promise<void>((resolve, reject) =>
    rspack(config, (error, stats) => (error || stats?.hasErrors() ? reject(error ?? new Error(stats?.toString('errors-only'))) : resolve())),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(path.join(out, 'search.cjs')) as Bundle;
  fs.rmSync(out, {recursive: true, force: true});
  return loaded;
}

export async function siteSearch(buildDir = path.join(root, 'build')): Promise<SiteSearch> {
  const {searchLines, searchResultLimits, inProcessWorker} = await bundle();
  const worker = inProcessWorker((url) => fs.readFileSync(path.join(buildDir, url, 'search-index.json'), 'utf8'));
  const {lines} = JSON.parse(fs.readFileSync(path.join(buildDir, 'skills', 'index.json'), 'utf8')) as {lines: SearchLine[]};
  const siteBase = '/';
  const asked = new Map<string, Promise<SearchResult[]>>();
  const bare = (p: string) => p.replace(/\/$/, '');
  return {
    lines,
    suggest(readerPath, input) {
      const line = lines.find((l) => l.pages.some((page) => bare(page.path) === bare(readerPath)));
      const versionUrl = !line || line.current ? siteBase : `${line.path}/`;
      // The worker answers the same query the same way: variants that normalise alike ask once.
      const search = (url: string, text: string, limit: number) => {
        const key = `${url}\n${limit}\n${text}`;
        if (!asked.has(key)) asked.set(key, worker.search(url, '', text, limit));
        return asked.get(key) as Promise<SearchResult[]>;
      };
      return searchLines({search, lines, siteBase, versionUrl, readerPath, input, limit: searchResultLimits});
    },
  };
}
