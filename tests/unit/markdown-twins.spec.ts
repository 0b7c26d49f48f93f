import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {readExample} from '../../src/plugins/example-regions';
import {pageToMarkdown} from '../../src/plugins/markdown-twins/toMarkdown';
import {absoluteLink} from '../../src/plugins/markdown-twins';
import {llmsFullTxt, llmsTxt, siteOf} from '../../src/plugins/markdown-twins/llms';
import type {DocPage} from '../../src/plugins/markdown-twins/pages';
import {docsSourceFiles, fences, frontMatterField, withoutCode} from './support/docs-pages';

const examplesDir = path.resolve('examples');
const getCode = {siteUrl: 'https://site.example/handbook', repositoryExamplesUrl: 'https://git.example/handbook/tree/main/examples'};

function twinOf(file: string): string {
  const source = fs.readFileSync(file, 'utf8');
  return pageToMarkdown({
    source,
    file: path.relative(process.cwd(), file),
    title: frontMatterField(source, 'title') ?? 'untitled',
    description: frontMatterField(source, 'description') ?? '',
    liveUrl: 'https://site.example/page',
    getCode,
  }).text;
}

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const exampleText = (file: string, region?: string) =>
  readExample(examplesDir, file, region, (message) => {
    throw new Error(message);
  });

type Expected = {kind: 'code'; value: string; title?: string} | {kind: 'diff'; before: string; after: string};

/** What each code block of the twin must be, read from the page source and the example files. */
function expectedBlocks(source: string): Expected[] {
  const parts = source.split(/^(`{3,}[^\n]*\n[\s\S]*?\n`{3,})$/m);
  return parts.flatMap((part, i): Expected[] => {
    if (i % 2 === 1) return [{kind: 'code', value: fences(part)[0].value}];
    return [...part.matchAll(/<(SnippetDiff|Snippet)\b([^>]*)\/>/g)].map((m) => {
      const a = attributes(m[2]);
      if (m[1] === 'Snippet') {
        const title = `${a.title ?? `examples/${a.file}`}${a.fragment ? ` (excerpt: ${a.fragment})` : ''}`;
        return {kind: 'code', value: exampleText(a.file, a.region), title};
      }
      return {kind: 'diff', before: exampleText(a.from, a.fromRegion ?? a.region), after: exampleText(a.to, a.toRegion ?? a.region)};
    });
  });
}

/** Lines of `lines` appear in `text` in this order (a diff's sides are subsequences of the files). */
function inOrder(lines: string[], text: string): boolean {
  const all = text.split('\n');
  let at = 0;
  return lines.every((line) => {
    while (at < all.length && all[at] !== line) at++;
    return at++ < all.length;
  });
}

/** An admonition is a quote in the twin, its code blocks quoted with it: the text with one level of quote taken off (code blocks outside quotes kept as they are). */
function unquoted(markdown: string): string {
  let inCode = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^`{3,}/.test(line)) inCode = !inCode;
      return inCode || /^`{3,}/.test(line) ? line : line.replace(/^> ?/, '');
    })
    .join('\n');
}

const pages = docsSourceFiles();

test('the docs folders have pages', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const file of pages) {
  const name = path.relative(process.cwd(), file);

  test(`${name}: the twin is plain Markdown (no component, import or HTML outside code)`, () => {
    // Front matter is data, and `\<name>` is an escaped "<" (text, not a tag).
    const prose = withoutCode(twinOf(file).replace(/^---\n[\s\S]*?\n---\n/, ''));
    expect(prose).not.toMatch(/(?<!\\)<\/?[A-Za-z][\w.:-]*(\s[^>]*)?\/?>/);
    expect(prose).not.toMatch(/^\s*(import|export)\s/m);
    expect(prose).not.toMatch(/^:::/m);
  });

  test(`${name}: every code block of the twin is what the page includes from its example`, () => {
    const expected = expectedBlocks(fs.readFileSync(file, 'utf8'));
    const actual = fences(unquoted(twinOf(file)));
    expect(actual.length).toBe(expected.length);
    actual.forEach((block, i) => {
      const want = expected[i];
      if (want.kind === 'code') {
        expect(block.value).toBe(want.value);
        if (want.title) expect(block.meta).toBe(`title="${want.title}"`);
        return;
      }
      expect(block.lang).toBe('diff');
      const lines = block.value.split('\n').filter((l) => !l.startsWith('@@'));
      expect(lines.some((l) => /^[-+]/.test(l))).toBe(true);
      expect(
        inOrder(
          lines.filter((l) => !l.startsWith('+')).map((l) => l.slice(1)),
          want.before,
        ),
      ).toBe(true);
      expect(
        inOrder(
          lines.filter((l) => !l.startsWith('-')).map((l) => l.slice(1)),
          want.after,
        ),
      ).toBe(true);
    });
  });
}

/** An examples folder with one example file holding one region. */
function demoExamples(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'twins-'));
  fs.mkdirSync(path.join(dir, 'examples', 'demo'), {recursive: true});
  fs.writeFileSync(path.join(dir, 'examples', 'demo', 'app.ts'), '// #region main\nexport const a = 1;\n// #endregion main\n');
  return path.join(dir, 'examples');
}

const convert = (mdx: string) => {
  const examples = demoExamples();
  return pageToMarkdown({
    source: mdx,
    file: 'docs/demo/page.mdx',
    title: 'Demo',
    description: 'A demo page.',
    liveUrl: 'https://site.example/demo/page',
    examplesDir: examples,
    getCode,
  }).text;
};

test('a twin has front matter, the title, the region with its file as title, flattened tabs and a launcher line', () => {
  const twin = convert(
    [
      '---',
      'title: Demo',
      '---',
      "import Tabs from '@theme/Tabs';",
      "import TabItem from '@theme/TabItem';",
      '',
      'Some *prose*.',
      '',
      '<Tabs><TabItem value="a" label="First tab">',
      '',
      '<Snippet file="demo/app.ts" region="main" />',
      '',
      '</TabItem></Tabs>',
      '',
      ':::tip[Careful]',
      'Admonition body.',
      ':::',
      '',
      '<StackBlitzLauncher example="demo" open="app.ts" />',
      '',
      '<ConnectionPlayground preset="demo-preset" />',
    ].join('\n'),
  );
  expect(twin).toBe(
    [
      '---',
      'title: "Demo"',
      'description: "A demo page."',
      'url: "https://site.example/demo/page"',
      '---',
      '',
      '# Demo',
      '',
      'Some _prose_.',
      '',
      '**First tab:**',
      '',
      '```ts title="examples/demo/app.ts"',
      'export const a = 1;',
      '```',
      '',
      '> **Tip: Careful**',
      '>',
      '> Admonition body.',
      '',
      "**Run it locally:** examples/demo: download [demo.zip](https://site.example/handbook/downloads/demo.zip) (or take [examples/demo](https://git.example/handbook/tree/main/examples/demo) from the handbook's repository), then in its folder `npm install && npm start`, its tests: `npm test`. The [live page](https://site.example/demo/page) opens it in a StackBlitz sandbox.",
      '',
      '**Interactive playground:** the [live page](https://site.example/demo/page) runs these connection rules in the browser on sql.js (preset `demo-preset`).',
      '',
    ].join('\n'),
  );
});

test('an unknown component fails, naming the page and the component', () => {
  expect(() => convert('# Demo\n\n<Fancy thing="x" />\n')).toThrow(/docs\/demo\/page\.mdx: <Fancy> cannot be turned into Markdown/);
  expect(() => convert('# Demo\n\n<details><summary>x</summary>y</details>\n')).toThrow(/docs\/demo\/page\.mdx: <details> cannot be turned into Markdown/);
});

test('an unresolved region or file fails, naming the page, the element and the region', () => {
  expect(() => convert('# Demo\n\n<Snippet file="demo/app.ts" region="nope" />\n')).toThrow(
    /docs\/demo\/page\.mdx: <Snippet file="demo\/app\.ts" region="nope" \/>: in examples\/demo\/app\.ts, region "nope" not found/,
  );
  expect(() => convert('# Demo\n\n<SnippetDiff from="demo/app.ts" to="demo/gone.ts" />\n')).toThrow(
    /docs\/demo\/page\.mdx: <SnippetDiff.*file examples\/demo\/gone\.ts does not exist/,
  );
});

test('an expression other than a comment fails; comments vanish', () => {
  expect(() => convert('# Demo\n\n{1 + 1}\n')).toThrow(/docs\/demo\/page\.mdx: the expression \{1 \+ 1\} cannot be turned into Markdown/);
  expect(convert('# Demo\n\n{/* a note for authors */}\n\nText.\n')).not.toContain('note for authors');
});

test('under a base URL, every link of a twin and of llms.txt holds the base path once', () => {
  // Docusaurus's permalinks and version paths hold the base URL; an author's `/path` does not.
  const site = siteOf({title: 'Handbook', tagline: 'Tag.', url: 'https://octo.github.io', baseUrl: '/handbook/'});
  const version = {name: 'current', label: '1.x', path: '/handbook/demo', isLast: true};
  const family = {id: 'demo', label: 'Demo'};
  const page: DocPage = {family, version, title: 'Page', description: 'A page.', permalink: '/handbook/demo/page', source: '/site/docs/demo/page.mdx'};
  const other: DocPage = {...page, title: 'Other', permalink: '/handbook/demo/other', source: '/site/docs/demo/other.mdx'};
  const byFile = new Map([page, other].map((p) => [p.source, p]));

  expect(absoluteLink('/compatibility', page, byFile, site)).toBe('https://octo.github.io/handbook/compatibility');
  expect(absoluteLink('./other.mdx#step', page, byFile, site)).toBe('https://octo.github.io/handbook/demo/other#step');
  expect(absoluteLink('img/x.png', page, byFile, site)).toBe('https://octo.github.io/handbook/demo/img/x.png');
  expect(absoluteLink('https://elsewhere.example/', page, byFile, site)).toBe('https://elsewhere.example/');

  const index = llmsTxt(site, [page, other]);
  const links = [...index.matchAll(/\]\((https?:[^)]+)\)/g)].map((m) => m[1]);
  expect(links).toContain('https://octo.github.io/handbook/demo/page.md');
  expect(links).toContain('https://octo.github.io/handbook/demo/llms-full.txt');
  expect(links.filter((link) => !link.startsWith('https://octo.github.io/handbook/'))).toEqual([]);
  expect(links.filter((link) => link.includes('/handbook/handbook/'))).toEqual([]);
  const full = llmsFullTxt(site, [page], new Map([[page, '# Page\n']]));
  expect([...full.keys()]).toEqual(['/handbook/demo/llms-full.txt']);
  expect([...full.values()][0]).toContain('Source: https://octo.github.io/handbook/demo/page\n');
});
