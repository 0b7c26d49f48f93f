// Remark plugin: under a guide's title, one line saying what its example was tested with
// (testedWith.ts), linking to the compatibility page. The example is one of the page's own guide
// line that the page launches, or else the one most of its snippets come from; a page without an
// example gets no line.
import fs from 'node:fs';
import path from 'node:path';
import {listExamples} from '../../../tools/examples.mjs';
import {families} from '../../../tools/families.mjs';
import {exampleLockfile} from '../../../tools/lockfile.mjs';
import {stringAttribute, type MdxNode} from '../example-regions';
import {testedWith, testedWithText} from './testedWith';

const EXAMPLE_ELEMENTS: Record<string, string[]> = {StackBlitzLauncher: ['example'], Snippet: ['file'], SnippetDiff: ['to', 'from']};

/** The examples of the guide line a page file belongs to (docs/<family>/ or <family>_versioned_docs/version-<name>/). */
function lineExamples(page: string): string[] | undefined {
  const parts = path.relative(process.cwd(), page).split(path.sep);
  const family = families.find(({id}) => (parts[0] === 'docs' && parts[1] === id) || parts[0] === `${id}_versioned_docs`);
  const line = family?.lines.find(({name}) => (parts[0] === 'docs' ? name === 'current' : parts[1] === `version-${name}`));
  if (!family || !line) return undefined;
  return listExamples()
    .filter(({description}) => description.family === family.id && description.version === line.version)
    .map(({name}) => name);
}

/** The example a page is built from: of its own line when it shows several. */
export function pageExample(tree: MdxNode, page = ''): string | undefined {
  const own = lineExamples(page);
  // The page's own line's examples when it shows any, all of them otherwise.
  const ofLine = (names: string[]) => {
    const mine = names.filter((name) => own?.includes(name));
    return mine.length ? mine : names;
  };
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
  if (launched.length) return ofLine(launched)[0];
  const counts = new Map<string, number>();
  for (const name of ofLine(shown)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export interface TestedWithOptions {
  /** A plain Markdown paragraph (the Markdown twins) instead of the page's styled element. */
  plain?: boolean;
}

export default function remarkTestedWith({plain = false}: TestedWithOptions = {}) {
  return (tree: MdxNode, vfile: {path?: string}) => {
    const example = pageExample(tree, vfile.path);
    // An example without a lockfile installs nothing to name (a test's fixture site).
    if (!example || !fs.existsSync(exampleLockfile(example))) return;
    const title = tree.children?.findIndex((node) => node.type === 'heading' && node.depth === 1) ?? -1;
    const tested = testedWith(example);
    const date: MdxNode = {type: 'text', value: tested.verified ?? ''};
    // A <time> tells machines the date; a twin is plain Markdown.
    const time: MdxNode = plain
      ? date
      : {type: 'mdxJsxTextElement', name: 'time', attributes: [{type: 'mdxJsxAttribute', name: 'dateTime', value: tested.verified}], children: [date]};
    const children: MdxNode[] = [
      {type: 'text', value: `${testedWithText(tested)} `},
      ...(tested.verified ? [{type: 'text', value: 'Last verified '}, time, {type: 'text', value: '. '}] : []),
      {type: 'link', url: '/compatibility', children: [{type: 'text', value: 'Every tested stack'}]},
    ];
    const attributes = [
      {type: 'mdxJsxAttribute', name: 'className', value: 'tested-with'},
      {type: 'mdxJsxAttribute', name: 'data-tested-with', value: example},
    ];
    const line: MdxNode = plain ? {type: 'paragraph', children} : {type: 'mdxJsxFlowElement', name: 'p', attributes, children};
    tree.children!.splice(title + 1, 0, line);
  };
}
