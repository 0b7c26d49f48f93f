// One page's Markdown twin: the page's MDX parsed as Docusaurus parses it, its tested-with line
// added and its <Snippet> and <SnippetDiff> elements resolved by the site's own remark plugins (so
// a twin holds exactly the code the page shows), every other element turned into plain Markdown,
// then printed.
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import remarkSnippet from '../remark-snippet';
import remarkSnippetDiff from '../remark-snippet-diff';
import remarkTestedWith from '../tested-with';
import type {MdxNode} from '../example-regions';
import {type GetCode, toPlainMarkdown, TwinError} from './components';

export {TwinError};

export interface TwinPage {
  /** The page's MDX text, front matter included. */
  source: string;
  /** Its file, for error messages (relative to the site). */
  file: string;
  title: string;
  description: string;
  /** Absolute URL of the live page. */
  liveUrl: string;
  /** Folder `<Snippet file>` is relative to (the site's examples/). */
  examplesDir?: string;
  /** Where a link of the page points outside the site's build (default: unchanged). */
  linkTo?: (url: string) => string;
  /** Where a reader gets an example: the site (its zips) and the repository's examples folder. */
  getCode: GetCode;
}

export interface Twin {
  /** The whole twin: front matter, then the body. */
  text: string;
  /** The body alone, from the page's `#` title on. */
  body: string;
}

/** The twin's text for one page. Throws TwinError naming the page and what cannot be converted. */
export function pageToMarkdown(page: TwinPage): Twin {
  const examplesDir = page.examplesDir ?? path.resolve('examples');
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkDirective).use(remarkGfm);
  const tree = processor.parse(page.source) as unknown as MdxNode;
  const vfile = {path: page.file};
  try {
    remarkTestedWith({plain: true})(tree, vfile);
    remarkSnippet({examplesDir})(tree, vfile);
    remarkSnippetDiff({examplesDir})(tree, vfile);
  } catch (error) {
    throw new TwinError(error instanceof Error ? error.message : String(error));
  }
  tree.children = (tree.children ?? []).filter((node) => node.type !== 'yaml');
  toPlainMarkdown(tree, {page: page.file, liveUrl: page.liveUrl, examplesDir, getCode: page.getCode});
  for (const code of nodesOf(tree, 'code')) code.meta = titleOnly(code.meta);
  if (page.linkTo) for (const link of nodesOf(tree, 'link')) link.url = page.linkTo(String(link.url));
  if (!tree.children.some((node) => node.type === 'heading' && node.depth === 1)) {
    tree.children.unshift({type: 'heading', depth: 1, children: [{type: 'text', value: page.title}]});
  }
  const body = unified()
    .use(remarkGfm)
    .use(remarkStringify, {bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one'})
    .stringify(tree as never);
  return {text: `${frontMatter(page)}\n${body}`, body};
}

function frontMatter(page: TwinPage): string {
  // JSON strings are valid YAML scalars: no quoting rules to get wrong.
  const fields = {title: page.title, description: page.description, url: page.liveUrl};
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;
}

function nodesOf(node: MdxNode, type: string): MdxNode[] {
  if (node.type === type) return [node];
  return (node.children ?? []).flatMap((child) => nodesOf(child, type));
}

/** Line highlights and line numbers mean nothing outside the site; the file title stays. */
function titleOnly(meta: unknown): string | null {
  const title = /title="[^"]*"/.exec(String(meta ?? ''));
  return title ? title[0] : null;
}
