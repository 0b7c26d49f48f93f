import {test, expect} from '@playwright/test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {extractRegion, languageOf, stripRegionMarkers} from '../../src/lib/regions';
import remarkSnippet from '../../src/plugins/remark-snippet';

const source = [
  'import x from "y";',
  '// #region outer',
  'export function f() {',
  '  // #region inner',
  '  return 1;',
  '  // #endregion inner',
  '}',
  '// #endregion outer',
  '# #region env',
  'DB_CONNECTION=sqlite',
  '# #endregion env',
].join('\n');

test('a region is cut out without its marker lines, nested markers included', () => {
  expect(extractRegion(source, 'outer')).toBe('export function f() {\n  return 1;\n}');
  expect(extractRegion(source, 'inner')).toBe('return 1;');
  expect(extractRegion(source, 'env')).toBe('DB_CONNECTION=sqlite');
  expect(stripRegionMarkers(source)).not.toContain('#region');
});

test('a missing or unclosed region is reported with the regions the file does have', () => {
  expect(() => extractRegion(source, 'nope')).toThrow('region "nope" not found (regions here: outer, inner, env)');
  expect(() => extractRegion('// #region open\nx', 'open')).toThrow('region "open" has no matching "#endregion open"');
});

test('the language comes from the file name', () => {
  expect(languageOf('a/b/app.module.ts')).toBe('ts');
  expect(languageOf('x/.env.example')).toBe('bash');
  expect(languageOf('x/mistakes/several-values.env')).toBe('bash');
  expect(languageOf('commands.sh')).toBe('bash');
  expect(languageOf('Makefile')).toBe('text');
});

function snippetTree(attributes: Record<string, string>) {
  return {
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'Snippet',
        attributes: Object.entries(attributes).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
        children: [],
      },
    ],
  };
}

test('<Snippet> becomes a titled code block of the example region', () => {
  const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
  fs.mkdirSync(path.join(examplesDir, 'demo'));
  fs.writeFileSync(path.join(examplesDir, 'demo', 'app.ts'), source);
  const tree = snippetTree({file: 'demo/app.ts', region: 'outer'});
  remarkSnippet({examplesDir})(tree as never, {path: 'docs/page.mdx'});
  expect(tree.children[0]).toEqual({
    type: 'code',
    lang: 'ts',
    meta: 'title="examples/demo/app.ts"',
    value: 'export function f() {\n  return 1;\n}',
  });
});

test('<Snippet noCopy> marks its code block so that it gets no copy button', () => {
  const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
  fs.mkdirSync(path.join(examplesDir, 'demo'));
  fs.writeFileSync(path.join(examplesDir, 'demo', 'app.ts'), source);
  const tree = snippetTree({file: 'demo/app.ts', region: 'inner'});
  (tree.children[0].attributes as {type: string; name: string; value: string | null}[]).push({type: 'mdxJsxAttribute', name: 'noCopy', value: null});
  remarkSnippet({examplesDir})(tree as never, {path: 'docs/page.mdx'});
  expect(tree.children[0]).toMatchObject({meta: 'title="examples/demo/app.ts" noCopy', value: 'return 1;'});
});

test('a block marked as a fragment says so in its title and meta, with the reason', () => {
  const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
  fs.mkdirSync(path.join(examplesDir, 'demo'));
  fs.writeFileSync(path.join(examplesDir, 'demo', 'app.ts'), source);
  const tree = snippetTree({file: 'demo/app.ts', region: 'inner', fragment: 'the body of f()'});
  remarkSnippet({examplesDir})(tree as never, {path: 'docs/page.mdx'});
  expect(tree.children[0]).toMatchObject({meta: 'title="examples/demo/app.ts (excerpt: the body of f())" fragment', value: 'return 1;'});
  expect(() => remarkSnippet({examplesDir})(snippetTree({file: 'demo/app.ts', fragment: ''}) as never, {path: 'docs/page.mdx'})).toThrow(
    '"fragment" needs the reason',
  );
});

test('a missing file or region names the page, the file and the region', () => {
  const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
  fs.mkdirSync(path.join(examplesDir, 'demo'));
  fs.writeFileSync(path.join(examplesDir, 'demo', 'app.ts'), source);
  const transform = remarkSnippet({examplesDir});
  expect(() => transform(snippetTree({file: 'demo/gone.ts', region: 'outer'}) as never, {path: 'docs/page.mdx'})).toThrow(
    '[snippet] docs/page.mdx: <Snippet file="demo/gone.ts" region="outer" />: file examples/demo/gone.ts does not exist',
  );
  expect(() => transform(snippetTree({file: 'demo/app.ts', region: 'gone'}) as never, {path: 'docs/page.mdx'})).toThrow(
    'in examples/demo/app.ts, region "gone" not found',
  );
  expect(() => transform(snippetTree({file: '../outside.ts'}) as never, {path: 'docs/page.mdx'})).toThrow('file examples/../outside.ts does not exist');
});

test('in a JSON file a region is a top-level key, shown as that member', () => {
  const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-'));
  fs.mkdirSync(path.join(examplesDir, 'demo'));
  fs.writeFileSync(path.join(examplesDir, 'demo', 'package.json'), JSON.stringify({name: 'demo', overrides: {a: {b: '$b'}}}, null, 2));
  const tree = snippetTree({file: 'demo/package.json', region: 'overrides'});
  remarkSnippet({examplesDir})(tree as never, {path: 'docs/page.mdx'});
  expect(tree.children[0]).toMatchObject({lang: 'json', value: '"overrides": {\n  "a": {\n    "b": "$b"\n  }\n}'});
  expect(() => remarkSnippet({examplesDir})(snippetTree({file: 'demo/package.json', region: 'engines'}) as never, {path: 'docs/page.mdx'})).toThrow(
    'examples/demo/package.json has no top-level key "engines"',
  );
});

test('a Docusaurus build whose page asks for a missing region fails with that message', () => {
  test.setTimeout(120_000);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'broken-site-'));
  const build = spawnSync('npx', ['docusaurus', 'build', 'tests/fixtures/broken-snippet-site', '--out-dir', outDir], {
    encoding: 'utf8',
  });
  expect(build.status).not.toBe(0);
  expect(build.stdout + build.stderr).toContain(
    '[snippet] tests/fixtures/broken-snippet-site/docs/index.mdx: <Snippet file="demo/app.ts" region="connections" />: ' +
      'in examples/demo/app.ts, region "connections" not found (regions here: bootstrap)',
  );
});
