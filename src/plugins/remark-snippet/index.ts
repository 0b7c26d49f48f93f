// Remark plugin: `<Snippet file="name/path.ts" region="r" />` in a guide becomes a normal code
// block holding that region of `examples/name/path.ts`, titled with the file path. A missing
// file or region fails the build, naming the page, the file and the region. `fragment="why"`
// marks a block that does not compile on its own (a method body, a wrong example): its title
// says so to the reader, its meta says so to tests/examples/page-blocks.spec.ts. `noCopy` marks
// code that shows a mistake: its block gets no copy button.
import path from 'node:path';
import {languageOf} from '../../lib/regions';
import {attributeOf, type MdxNode, readExample, replaceElements, stringAttribute} from '../example-regions';

export interface SnippetOptions {
  /** Folder the `file` attribute is relative to. */
  examplesDir?: string;
}

export default function remarkSnippet(options: SnippetOptions = {}) {
  const examplesDir = options.examplesDir ?? path.resolve('examples');
  return (tree: MdxNode, vfile: {path?: string}) => {
    replaceElements(tree, 'Snippet', (node) => snippetToCode(node, examplesDir, vfile.path ?? '<unknown page>'));
  };
}

function snippetToCode(node: MdxNode, examplesDir: string, page: string): MdxNode {
  const attr = (name: string) => stringAttribute(node, name);
  const file = attr('file');
  const region = attr('region');
  const where = `${path.relative(process.cwd(), page)}: <Snippet file="${file}"${region ? ` region="${region}"` : ''} />`;
  const fail = (message: string): never => {
    throw new Error(`[snippet] ${where}: ${message}`);
  };
  if (!file) fail('the "file" attribute is required');

  const value = readExample(examplesDir, file!, region, fail);
  const fragment = attr('fragment');
  if (fragment === '') fail('"fragment" needs the reason the block is not a whole file, e.g. fragment="the body of save()"');
  const title = `${attr('title') ?? `examples/${file}`}${fragment ? ` (excerpt: ${fragment})` : ''}`;
  const meta = [`title="${title}"`];
  if (fragment) meta.push('fragment');
  if (attr('highlight')) meta.push(`{${attr('highlight')}}`);
  if (attributeOf(node, 'showLineNumbers')) meta.push('showLineNumbers');
  if (attributeOf(node, 'noCopy')) meta.push('noCopy');
  return {type: 'code', lang: attr('lang') ?? languageOf(file!), meta: meta.join(' '), value};
}
