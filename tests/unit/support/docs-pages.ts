import fs from 'node:fs';
import path from 'node:path';

/** Every MDX/Markdown page of every docs family and version: docs/<family>/ and <family>_versioned_docs/. */
export function docsSourceFiles(root = process.cwd()): string[] {
  const folders = [
    ...fs.readdirSync(path.join(root, 'docs')).map((family) => path.join(root, 'docs', family)),
    ...fs
      .readdirSync(root)
      .filter((name) => name.endsWith('_versioned_docs'))
      .flatMap((name) => fs.readdirSync(path.join(root, name)).map((version) => path.join(root, name, version))),
  ];
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_') ? [full] : [];
    });
  return folders
    .filter((dir) => fs.statSync(dir).isDirectory())
    .flatMap(walk)
    .sort();
}

/** A page's front matter field (single-line values, quoted or not). */
export function frontMatterField(source: string, field: string): string | undefined {
  const block = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const value = new RegExp(`^${field}:\\s*(.*)$`, 'm').exec(block)?.[1].trim();
  return value?.replace(/^(['"])(.*)\1$/, '$2');
}

export interface Fence {
  lang: string;
  meta: string;
  value: string;
}

/** Fenced code blocks of a Markdown text, in order. */
export function fences(markdown: string): Fence[] {
  return [...markdown.matchAll(/^(`{3,}|~{3,})(\S*)[ \t]*([^\n]*)\n([\s\S]*?)\n?^\1[ \t]*$/gm)].map((m) => ({lang: m[2], meta: m[3], value: m[4]}));
}

/** The text with fenced code blocks and inline code taken out (what must be plain Markdown). */
export function withoutCode(markdown: string): string {
  return markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n?^\1[ \t]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}
