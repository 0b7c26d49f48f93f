// What a reader copies from a guide compiles: on every page of every guide line, the TypeScript
// blocks in page order, pasted into a new file beside the one each comes from (imports hoisted and
// merged), type-check with the example's own compiler and settings, in a copy of its standalone
// folder. One compiler run per example covers every page that shows it. "In short" repeats code
// the page shows again: a repeated block is pasted once, and an excerpt is marked as a fragment.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {standaloneRoot} from '../../tools/standaloneExample.mjs';
import {docsSourceFiles} from '../unit/support/docs-pages';
import {exampleDir, ownTsc} from '../../tools/exampleApp.mjs';
import {root as repoRoot} from '../../tools/paths.mjs';
import {pastedFiles, pastedPath, typeScriptSnippets, type PastedFile} from './support/page-blocks';

// One compiler run per example: the examples can run side by side.
test.describe.configure({mode: 'parallel'});

// A troubleshooting page is its guide's section moved out, and repeats the guide's code: its blocks
// are pasted after the guide's, so a block shown on both is pasted once, as it was on one page.
const sources = docsSourceFiles(repoRoot);
const troubleshootingOf = (guide: string) => path.join(path.dirname(guide), `troubleshooting-${path.basename(guide)}`);
const moved = new Set(sources.map(troubleshootingOf).filter((file) => sources.includes(file)));
const pages = sources
  .filter((file) => !moved.has(file))
  .map((file) => ({
    page: path.relative(repoRoot, file),
    snippets: [file, troubleshootingOf(file)]
      .filter((part) => part === file || moved.has(part))
      .flatMap((part) => typeScriptSnippets(fs.readFileSync(part, 'utf8'))),
  }));
const examples = [...new Set(pages.flatMap(({snippets}) => snippets.map((s) => s.file.split('/')[0])))].sort();

test('every guide line has pages whose TypeScript blocks are pasted', () => {
  const lines = new Set(pages.filter(({snippets}) => snippets.length > 0).map(({page}) => path.dirname(page)));
  expect([...lines].sort()).toEqual(
    expect.arrayContaining([
      'docs/eloquent',
      'docs/nestjs-query',
      'eloquent_versioned_docs/version-1.0.x',
      'nestjs-query_versioned_docs/version-0.30.x',
      'nestjs-query_versioned_docs/version-9.x-nest11',
    ]),
  );
});

for (const example of examples) {
  test(`${example}: every guide's TypeScript blocks from it, pasted in page order, type-check`, () => {
    const source = exampleDir(example);
    const pasted: {page: string; file: PastedFile; at: string}[] = [];
    for (const {page, snippets} of pages) {
      for (const file of pastedFiles(snippets, standaloneRoot)) {
        if (file.example === example) pasted.push({page, file, at: pastedPath(file.file, page)});
      }
    }

    const copy = fs.mkdtempSync(path.join(os.tmpdir(), `${example}-pasted-`));
    try {
      fs.cpSync(source, copy, {recursive: true, filter: (from) => !['node_modules', 'dist'].includes(path.basename(from)) || path.dirname(from) !== source});
      fs.symlinkSync(path.join(source, 'node_modules'), path.join(copy, 'node_modules'));
      for (const {file, at} of pasted) fs.writeFileSync(path.join(copy, at), file.text);
      const include = (JSON.parse(stripComments(fs.readFileSync(path.join(source, 'tsconfig.json'), 'utf8'))) as {include?: string[]}).include ?? [];
      // The pasted files, and the declarations the project has (the eloquent examples' package types).
      const config = {
        extends: './tsconfig.json',
        compilerOptions: {noEmit: true},
        include: [...include.map((dir) => `${dir}/**/*.d.ts`), ...pasted.map(({at}) => at)],
      };
      fs.writeFileSync(path.join(copy, 'tsconfig.pasted.json'), JSON.stringify(config));

      const tsc = ownTsc(copy, ['-p', 'tsconfig.pasted.json']);
      const shown = pasted.map(({page, at}) => `${at} (${page})`).join('\n');
      expect(tsc.output, `pasted files:\n${shown}`).toBe('');
      expect(tsc.code).toBe(0);
    } finally {
      fs.rmSync(copy, {recursive: true, force: true});
    }
  });
}

/** tsconfig.json allows comments (and trailing commas, which the examples do not use). */
function stripComments(text: string): string {
  return text.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
}
