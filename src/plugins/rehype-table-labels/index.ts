// Rehype plugin: each cell of a Markdown table carries its column's name (`data-label`), and a
// table of prose (a row longer than a phone's line) is marked `stacks`, so that on a phone
// src/css/custom.css shows it one card per row with every cell under its column's name. The
// explicit roles keep it a table for screen readers once CSS has changed its display.
import type {Element, ElementContent, Root, RootContent} from 'hast';

/** A row longer than this, in characters, does not fit a phone's line. */
const PHONE_LINE = 45;

const children = (node: Root | Element, tag: string): Element[] =>
  (node.children as RootContent[]).filter((child): child is Element => child.type === 'element' && child.tagName === tag);

function text(node: ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => text(child as ElementContent)).join('') : '';
}

function rows(table: Element): Element[] {
  return [...children(table, 'tr'), ...['thead', 'tbody'].flatMap((tag) => children(table, tag).flatMap((section) => children(section, 'tr')))];
}

function label(table: Element): void {
  const all = rows(table);
  const names = all.flatMap((row) => children(row, 'th')).map((th) => text(th).trim());
  if (names.length === 0) return;
  const stacks = all.some((row) => text(row).trim().length > PHONE_LINE);
  table.properties.role = 'table';
  if (stacks) table.properties.className = [...((table.properties.className as string[] | undefined) ?? []), 'stacks'];
  for (const row of all) {
    row.properties.role = 'row';
    for (const th of children(row, 'th')) th.properties.role = 'columnheader';
    children(row, 'td').forEach((td, i) => {
      td.properties.role = 'cell';
      if (names[i]) td.properties.dataLabel = names[i];
    });
  }
}

function walk(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') label(child);
    else walk(child);
  }
}

export default function rehypeTableLabels() {
  return (tree: Root) => walk(tree);
}
