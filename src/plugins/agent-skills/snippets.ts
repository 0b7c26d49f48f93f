// The code a skill carries is the code its page's twin shows, checked against the example region
// it was cut from: the k-th code block of a twin is the k-th fenced block, <Snippet> or
// <SnippetDiff> of the page's MDX (the twin keeps their order), so each <Snippet>'s block is
// compared with `readExample` of its file and region, and any difference stops the build.
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import {type MdxNode, readExample, stringAttribute} from '../example-regions';

export interface TwinSnippet {
  file: string;
  region?: string;
  /** The code block exactly as the twin prints it, fences included. */
  markdown: string;
  /** The heading the block sits under in the twin, as Markdown (`## 1. Name the connections once`). */
  heading?: string;
  /** The `##` section it is in, as Markdown (`## Troubleshooting`). */
  section?: string;
}

export class SkillError extends Error {}

interface Positioned extends MdxNode {
  position?: {start: {offset?: number}; end: {offset?: number}};
}

const inOrder = (node: MdxNode, keep: (node: MdxNode) => boolean): MdxNode[] =>
  (keep(node) ? [node] : []).concat((node.children ?? []).flatMap((child) => inOrder(child, keep)));

const isElement = (node: MdxNode, name: string) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

/** The nodes of a page's MDX that become code blocks in its twin, in order. */
function codeSources(mdx: string): MdxNode[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkDirective).use(remarkGfm).parse(mdx) as unknown as MdxNode;
  return inOrder(tree, (node) => node.type === 'code' || isElement(node, 'Snippet') || isElement(node, 'SnippetDiff'));
}

const slice = (text: string, node: Positioned) => text.slice(node.position!.start.offset, node.position!.end.offset);

/**
 * Every <Snippet> of a page with the block its twin shows for it, after checking that block
 * against the example region. `page` names the page in errors; `twin` is the twin's body.
 */
export function twinSnippets(page: string, mdx: string, twin: string, examplesDir: string): TwinSnippet[] {
  const sources = codeSources(mdx);
  const twinTree = unified().use(remarkParse).use(remarkGfm).parse(twin) as unknown as MdxNode;
  const nodes = inOrder(twinTree, (node) => node.type === 'code' || node.type === 'heading') as Positioned[];
  const blocks = nodes.filter((node) => node.type === 'code');
  if (blocks.length !== sources.length) {
    throw new SkillError(`[agent-skills] ${page}: the twin has ${blocks.length} code blocks where the page has ${sources.length}`);
  }
  const snippets: TwinSnippet[] = [];
  let heading: string | undefined;
  let section: string | undefined;
  let k = 0;
  for (const node of nodes) {
    if (node.type === 'heading') {
      heading = slice(twin, node);
      if (node.depth === 2) section = heading;
      continue;
    }
    const source = sources[k++];
    if (!isElement(source, 'Snippet')) continue;
    const file = stringAttribute(source, 'file')!;
    const region = stringAttribute(source, 'region');
    const where = `examples/${file}${region ? ` region "${region}"` : ''}`;
    const expected = readExample(examplesDir, file, region, (message) => {
      throw new SkillError(`[agent-skills] ${page}: ${message}`);
    });
    if (node.value !== expected) {
      throw new SkillError(`[agent-skills] ${page}: the snippet of ${where} differs from its region (the skill would not show the tested code)`);
    }
    snippets.push({file, region, markdown: slice(twin, node), heading, section});
  }
  return snippets;
}
