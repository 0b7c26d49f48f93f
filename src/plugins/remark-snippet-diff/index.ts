// Remark plugin: `<SnippetDiff from="old-example/src/x.ts" to="new-example/src/x.ts" region="r" />`
// becomes a `diff` code block of that region (or whole file) between two examples, computed at
// build time, so an upgrade page shows what changes without pasting code. Like <Snippet>, a
// missing file or region fails the build; so does a diff with nothing in it, since a page that
// shows one claims that something changes.
//
// Attributes: `from`, `to` (relative to examples/); `region` for both sides, or `fromRegion` /
// `toRegion`; `context` (unchanged lines kept around each change, default 3, `all` for every
// line); `title`.
import path from 'node:path';
import {unifiedDiff} from '../../lib/lineDiff';
import {type MdxNode, readExample, replaceElements, stringAttribute} from '../example-regions';

export interface SnippetDiffOptions {
  /** Folder `from` and `to` are relative to. */
  examplesDir?: string;
}

export default function remarkSnippetDiff(options: SnippetDiffOptions = {}) {
  const examplesDir = options.examplesDir ?? path.resolve('examples');
  return (tree: MdxNode, vfile: {path?: string}) => {
    replaceElements(tree, 'SnippetDiff', (node) => diffToCode(node, examplesDir, vfile.path ?? '<unknown page>'));
  };
}

function diffToCode(node: MdxNode, examplesDir: string, page: string): MdxNode {
  const attr = (name: string) => stringAttribute(node, name);
  const from = attr('from');
  const to = attr('to');
  const fromRegion = attr('fromRegion') ?? attr('region');
  const toRegion = attr('toRegion') ?? attr('region');
  const shown = ['from', 'to', 'region', 'fromRegion', 'toRegion']
    .filter((a) => attr(a) !== undefined)
    .map((a) => `${a}="${attr(a)}"`)
    .join(' ');
  const where = `${path.relative(process.cwd(), page)}: <SnippetDiff ${shown} />`;
  const fail = (message: string): never => {
    throw new Error(`[snippet-diff] ${where}: ${message}`);
  };
  if (!from || !to) fail('the "from" and "to" attributes are required');

  const contextAttr = attr('context');
  const context = contextAttr === undefined ? 3 : contextAttr === 'all' ? Infinity : Number(contextAttr);
  if (Number.isNaN(context) || context < 0) {
    fail('"context" must be a number of lines or "all"');
  }

  const before = readExample(examplesDir, from!, fromRegion, fail);
  const after = readExample(examplesDir, to!, toRegion, fail);
  const value = unifiedDiff(before, after, context);
  if (!value) fail('the two sides are the same; there is no change to show');
  return {type: 'code', lang: 'diff', meta: `title="${attr('title') ?? titleOf(from!, to!, fromRegion)}"`, value};
}

/** `src/app.module.ts: nestjs-multi-db-legacy → nestjs-multi-db` when only the example differs. */
function titleOf(from: string, to: string, region?: string): string {
  const [fromExample, ...fromRest] = from.split('/');
  const [toExample, ...toRest] = to.split('/');
  const inRegion = region ? ` (${region})` : '';
  if (fromRest.join('/') !== toRest.join('/')) return `examples/${from} → examples/${to}${inRegion}`;
  return `${fromRest.join('/')}${inRegion}: ${fromExample} → ${toExample}`;
}
