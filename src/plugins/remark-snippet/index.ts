// Remark plugin: `<Snippet file="name/path.ts" region="r" />` in a guide becomes a normal code
// block holding that region of `examples/name/path.ts`, titled with the file path. A missing
// file or region fails the build, naming the page, the file and the region.
import fs from 'node:fs';
import path from 'node:path';
import {extractRegion, languageOf, RegionError, stripRegionMarkers} from '../../lib/regions';

export interface SnippetOptions {
  /** Folder the `file` attribute is relative to. */
  examplesDir?: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: {type: string; name: string; value?: unknown}[];
  children?: Node[];
  [key: string]: unknown;
}

export default function remarkSnippet(options: SnippetOptions = {}) {
  const examplesDir = options.examplesDir ?? path.resolve('examples');
  return (tree: Node, vfile: {path?: string}) => {
    replaceSnippets(tree, (node) => snippetToCode(node, examplesDir, vfile.path ?? '<unknown page>'));
  };
}

function replaceSnippets(node: Node, toCode: (node: Node) => Node): void {
  node.children?.forEach((child, i) => {
    if (isSnippet(child)) node.children![i] = toCode(child);
    else replaceSnippets(child, toCode);
  });
}

function isSnippet(node: Node): boolean {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Snippet';
}

function snippetToCode(node: Node, examplesDir: string, page: string): Node {
  const attribute = (name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const attr = (name: string) => {
    const value = attribute(name)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const file = attr('file');
  const region = attr('region');
  const where = `${path.relative(process.cwd(), page)}: <Snippet file="${file}"${region ? ` region="${region}"` : ''} />`;
  if (!file) throw new Error(`[snippet] ${where}: the "file" attribute is required`);

  const filePath = path.join(examplesDir, file);
  if (!filePath.startsWith(examplesDir + path.sep) || !fs.existsSync(filePath)) {
    throw new Error(`[snippet] ${where}: file examples/${file} does not exist`);
  }
  const text = fs.readFileSync(filePath, 'utf8');
  let value: string;
  try {
    value = region ? extractRegion(text, region) : stripRegionMarkers(text);
  } catch (error) {
    if (error instanceof RegionError) throw new Error(`[snippet] ${where}: in examples/${file}, ${error.message}`);
    throw error;
  }
  const title = attr('title') ?? `examples/${file}`;
  const meta = [`title="${title}"`];
  if (attr('highlight')) meta.push(`{${attr('highlight')}}`);
  if (attribute('showLineNumbers')) meta.push('showLineNumbers');
  return {type: 'code', lang: attr('lang') ?? languageOf(file), meta: meta.join(' '), value};
}
