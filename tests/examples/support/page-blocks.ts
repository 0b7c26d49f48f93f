// What a reader copies from a guide: its TypeScript blocks in page order, exactly as the site shows
// them (the Snippet plugin's own readExample), pasted into one new file per example file they
// come from, with the imports of all the blocks hoisted to the top and merged, as a reader pasting
// them one after the other into that file would have to. A block the page marks as a fragment
// (`<Snippet ... fragment="why" />`, shown in its title) is not pasted.
import path from 'node:path';
import {readExample} from '../../../src/plugins/example-regions';

export interface PageSnippet {
  /** `<example>/<path in the example>`, as the page writes it. */
  file: string;
  region?: string;
  lang?: string;
  fragment?: string;
}

/** The page's `<Snippet />` elements in page order (fenced code, where the syntax may be quoted, left out). */
export function pageSnippets(mdx: string): PageSnippet[] {
  const prose = mdx.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n?^\1[ \t]*$/gm, '');
  return [...prose.matchAll(/<Snippet\b([^>]*?)\/>/g)].map(([, attributes]) => {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
    return {file: attribute('file') ?? '', region: attribute('region'), lang: attribute('lang'), fragment: attribute('fragment')};
  });
}

/** The snippets a reader pastes into TypeScript files: .ts/.tsx shown as TypeScript, not marked as fragments. */
export function typeScriptSnippets(mdx: string): PageSnippet[] {
  return pageSnippets(mdx).filter((s) => /\.tsx?$/.test(s.file) && (!s.lang || /^tsx?$/.test(s.lang)) && s.fragment === undefined);
}

export interface PastedFile {
  /** The example the blocks come from. */
  example: string;
  /** Path inside the example of the file the blocks belong to. */
  file: string;
  text: string;
}

/** One pasted file per example file the page shows, blocks read from `examplesDir/<example>/...`. */
export function pastedFiles(snippets: PageSnippet[], examplesDir: string): PastedFile[] {
  const byFile = new Map<string, string[]>();
  for (const snippet of snippets) {
    const fail = (message: string): never => {
      throw new Error(`<Snippet file="${snippet.file}"${snippet.region ? ` region="${snippet.region}"` : ''} />: ${message}`);
    };
    const block = readExample(examplesDir, snippet.file, snippet.region, fail);
    byFile.set(snippet.file, [...(byFile.get(snippet.file) ?? []), block]);
  }
  return [...byFile].map(([file, blocks]) => {
    const [example, ...rest] = file.split('/');
    return {example, file: rest.join('/'), text: pasteInOrder(blocks)};
  });
}

/**
 * Blocks pasted one after the other: a block shown again, or inside a bigger block shown on the
 * page (a region repeated from the whole file, indented there), is pasted once; imports go to the
 * top, merged.
 */
export function pasteInOrder(blocks: string[]): string {
  const flat = blocks.map((block) => block.replace(/^[ \t]+/gm, ''));
  const kept = blocks.filter((_, i) => !flat.some((other, j) => (other === flat[i] ? j < i : other.length > flat[i].length && other.includes(flat[i]))));
  const imports = new Imports();
  const bodies = kept.map((block) => block.replace(IMPORT, (statement) => (imports.add(statement), '')).trim()).filter(Boolean);
  return `${[imports.text(), ...bodies].filter(Boolean).join('\n\n')}\n`;
}

/** An import declaration at the start of a line, over several lines when its braces do. */
const IMPORT = /^import\s(?:[^;'"]*?\sfrom\s*)?(['"])[^'"\n]+\1;?[ \t]*$/gm;
const PARTS = /^import\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?\s*(?:\*\s*as\s+([\w$]+))?\s*from\s*(['"])([^'"]+)\5;?$/;

/** Imports merged by module and kind: named specifiers united, everything else kept once. */
class Imports {
  private named = new Map<string, Set<string>>();
  private order: string[] = [];

  add(statement: string): void {
    const parts = PARTS.exec(statement.replace(/\s+/g, ' ').trim());
    // Default and namespace imports (and side-effect ones) are kept as written, once.
    if (!parts || parts[2] || parts[4]) return this.remember(`=${statement.trim()}`);
    const [, type = '', , specifiers = '', , quote, module] = parts;
    const key = `${type}${quote}${module}`;
    this.remember(key);
    const names = this.named.get(key) ?? new Set<string>();
    for (const name of specifiers.split(',')) if (name.trim()) names.add(name.trim());
    this.named.set(key, names);
  }

  text(): string {
    return this.order
      .map((key) => {
        if (key.startsWith('=')) return key.slice(1);
        const names = [...this.named.get(key)!];
        if (names.length === 0) return '';
        const type = key.startsWith('type ') ? 'type ' : '';
        const quote = key[type.length];
        return `import ${type}{${names.join(', ')}} from ${quote}${key.slice(type.length + 1)}${quote};`;
      })
      .filter(Boolean)
      .join('\n');
  }

  private remember(key: string): void {
    if (!this.order.includes(key)) this.order.push(key);
  }
}

/** Where a page's pasted copy of `file` goes: beside the original, so its relative imports resolve. */
export function pastedPath(file: string, page: string): string {
  const extension = path.extname(file);
  return `${file.slice(0, -extension.length)}.pasted-from-${page.replace(/\.mdx?$/, '').replace(/[^\w.-]+/g, '~')}${extension}`;
}
