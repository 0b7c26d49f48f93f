// Remark plugin: `<SnippetDiff from="old-example/src/x.ts" to="new-example/src/x.ts" region="r" />`
// becomes a `diff` code block of that region (or whole file) between two examples, computed at
// build time, so an upgrade page shows what changes without pasting code. Like <Snippet>, a
// missing file or region fails the build; so does a diff with nothing in it, since a page that
// shows one claims that something changes.
//
// Attributes: `from`, `to` (relative to examples/); `region` for both sides, or `fromRegion` /
// `toRegion`; `context` (unchanged lines kept around each change, default 3, `all` for every
// line); `title`.
import fs from 'node:fs';
import path from 'node:path';
import {unifiedDiff} from '../../lib/lineDiff';
import {extractRegion, RegionError, stripRegionMarkers} from '../../lib/regions';

export interface SnippetDiffOptions {
  /** Folder `from` and `to` are relative to. */
  examplesDir?: string;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: {type: string; name: string; value?: unknown}[];
  children?: Node[];
  [key: string]: unknown;
}

export default function remarkSnippetDiff(options: SnippetDiffOptions = {}) {
  const examplesDir = options.examplesDir ?? path.resolve('examples');
  return (tree: Node, vfile: {path?: string}) => {
    replace(tree, (node) => diffToCode(node, examplesDir, vfile.path ?? '<unknown page>'));
  };
}

function replace(node: Node, toCode: (node: Node) => Node): void {
  node.children?.forEach((child, i) => {
    const isDiff =
      (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'SnippetDiff';
    if (isDiff) node.children![i] = toCode(child);
    else replace(child, toCode);
  });
}

function diffToCode(node: Node, examplesDir: string, page: string): Node {
  const attr = (name: string) => {
    const value = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    return typeof value === 'string' ? value : undefined;
  };
  const from = attr('from');
  const to = attr('to');
  const fromRegion = attr('fromRegion') ?? attr('region');
  const toRegion = attr('toRegion') ?? attr('region');
  const shown = ['from', 'to', 'region', 'fromRegion', 'toRegion']
    .filter((a) => attr(a) !== undefined)
    .map((a) => `${a}="${attr(a)}"`)
    .join(' ');
  const where = `${path.relative(process.cwd(), page)}: <SnippetDiff ${shown} />`;
  if (!from || !to) throw new Error(`[snippet-diff] ${where}: the "from" and "to" attributes are required`);

  const contextAttr = attr('context');
  const context = contextAttr === undefined ? 3 : contextAttr === 'all' ? Infinity : Number(contextAttr);
  if (Number.isNaN(context) || context < 0) {
    throw new Error(`[snippet-diff] ${where}: "context" must be a number of lines or "all"`);
  }

  const before = read(examplesDir, from, fromRegion, where);
  const after = read(examplesDir, to, toRegion, where);
  const value = unifiedDiff(before, after, context);
  if (!value) throw new Error(`[snippet-diff] ${where}: the two sides are the same; there is no change to show`);
  return {type: 'code', lang: 'diff', meta: `title="${attr('title') ?? titleOf(from, to, fromRegion)}"`, value};
}

function read(examplesDir: string, file: string, region: string | undefined, where: string): string {
  const filePath = path.join(examplesDir, file);
  if (!filePath.startsWith(examplesDir + path.sep) || !fs.existsSync(filePath)) {
    throw new Error(`[snippet-diff] ${where}: file examples/${file} does not exist`);
  }
  const text = fs.readFileSync(filePath, 'utf8');
  try {
    return region ? extractRegion(text, region) : stripRegionMarkers(text);
  } catch (error) {
    if (error instanceof RegionError) throw new Error(`[snippet-diff] ${where}: in examples/${file}, ${error.message}`);
    throw error;
  }
}

/** `src/app.module.ts: nestjs-multi-db-legacy → nestjs-multi-db` when only the example differs. */
function titleOf(from: string, to: string, region?: string): string {
  const [fromExample, ...fromRest] = from.split('/');
  const [toExample, ...toRest] = to.split('/');
  const inRegion = region ? ` (${region})` : '';
  if (fromRest.join('/') !== toRest.join('/')) return `examples/${from} → examples/${to}${inRegion}`;
  return `${fromRest.join('/')}${inRegion}: ${fromExample} → ${toExample}`;
}
