// Remark plugin: under a guide's title, one line saying what its example was tested with
// (testedWith.ts), linking to the compatibility page. The example is the one the page launches,
// or else the one most of its snippets come from; a page without an example gets no line.
import {stringAttribute, type MdxNode} from '../example-regions';
import {testedWith, testedWithText} from './testedWith';

const EXAMPLE_ELEMENTS: Record<string, string[]> = {StackBlitzLauncher: ['example'], Snippet: ['file'], SnippetDiff: ['to', 'from']};

/** The example a page is built from. */
export function pageExample(tree: MdxNode): string | undefined {
  const launched: string[] = [];
  const shown: string[] = [];
  const visit = (node: MdxNode) => {
    const attributes = node.name ? EXAMPLE_ELEMENTS[node.name] : undefined;
    if (attributes && node.type.startsWith('mdxJsx')) {
      for (const attribute of attributes) {
        const value = stringAttribute(node, attribute)?.split('/')[0];
        if (value) (node.name === 'StackBlitzLauncher' ? launched : shown).push(value);
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  if (launched.length) return launched[0];
  const counts = new Map<string, number>();
  for (const name of shown) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export default function remarkTestedWith() {
  return (tree: MdxNode) => {
    const example = pageExample(tree);
    if (!example) return;
    const title = tree.children?.findIndex((node) => node.type === 'heading' && node.depth === 1) ?? -1;
    const line: MdxNode = {
      type: 'mdxJsxFlowElement',
      name: 'p',
      attributes: [
        {type: 'mdxJsxAttribute', name: 'className', value: 'tested-with'},
        {type: 'mdxJsxAttribute', name: 'data-tested-with', value: example},
      ],
      children: [
        {type: 'text', value: `${testedWithText(testedWith(example))} `},
        {type: 'link', url: '/compatibility', children: [{type: 'text', value: 'Every tested stack'}]},
      ],
    };
    tree.children!.splice(title + 1, 0, line);
  };
}
