// What the remark plugins that show example code share: finding their MDX element in a page,
// reading its attributes, and reading a file or region under examples/ with an error that names
// the page, the element, the file and the region.
import fs from 'node:fs';
import path from 'node:path';
import {extractRegion, RegionError, stripRegionMarkers} from '../lib/regions';

export interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: {type: string; name: string; value?: unknown}[];
  children?: MdxNode[];
  [key: string]: unknown;
}

/** Replace every `<name ... />` element in the tree by what `toNode` makes of it. */
export function replaceElements(node: MdxNode, name: string, toNode: (element: MdxNode) => MdxNode): void {
  node.children?.forEach((child, i) => {
    const isElement = (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === name;
    if (isElement) node.children![i] = toNode(child);
    else replaceElements(child, name, toNode);
  });
}

export function attributeOf(element: MdxNode, name: string) {
  return element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A string attribute's value; undefined when absent or written as an expression. */
export function stringAttribute(element: MdxNode, name: string): string | undefined {
  const value = attributeOf(element, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * `file` (relative to examplesDir) as readers see it: one region, or the whole file without
 * markers. JSON has no comments to mark a region with, so in a .json file the region is a
 * top-level key, shown as that member (`"overrides": {...}`).
 */
export function readExample(examplesDir: string, file: string, region: string | undefined, fail: (message: string) => never): string {
  const filePath = path.join(examplesDir, file);
  if (!filePath.startsWith(examplesDir + path.sep) || !fs.existsSync(filePath)) {
    fail(`file examples/${file} does not exist`);
  }
  const text = fs.readFileSync(filePath, 'utf8');
  if (region && file.endsWith('.json')) {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (!(region in data)) fail(`examples/${file} has no top-level key "${region}"`);
    return `"${region}": ${JSON.stringify(data[region], null, 2)}`;
  }
  try {
    return region ? extractRegion(text, region) : stripRegionMarkers(text);
  } catch (error) {
    if (error instanceof RegionError) fail(`in examples/${file}, ${error.message}`);
    throw error;
  }
}
