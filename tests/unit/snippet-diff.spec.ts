import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {diffLines, unifiedDiff} from '../../src/lib/lineDiff';
import remarkSnippetDiff from '../../src/plugins/remark-snippet-diff';

test('a line diff keeps both texts: unchanged + removed lines give the old one, unchanged + added the new one', () => {
  const pairs: [string, string][] = [
    ['a\nb\nc', 'a\nx\nc'],
    ['', 'a\nb'],
    ['a\nb', ''],
    ['one\ntwo\nthree\nfour', 'zero\none\nthree\nfour\nfive'],
  ];
  for (const [before, after] of pairs) {
    const lines = diffLines(before, after);
    expect(
      lines
        .filter((l) => l.kind !== 'added')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      lines
        .filter((l) => l.kind !== 'removed')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
  }
});

test('the unified diff marks removed and added lines and folds unchanged runs beyond the context', () => {
  const before = ['import A', '1', '2', '3', '4', '5', '6', 'old', 'end'].join('\n');
  const after = ['import B', '1', '2', '3', '4', '5', '6', 'new', 'end'].join('\n');
  expect(unifiedDiff(before, after, 1)).toBe(['-import A', '+import B', ' 1', '@@ ... @@', ' 6', '-old', '+new', ' end'].join('\n'));
  expect(unifiedDiff(before, after, Infinity).split('\n')).toHaveLength(11);
  expect(unifiedDiff(before, before)).toBe('');
});

function tree(attributes: Record<string, string>) {
  return {
    type: 'root',
    children: [
      {
        type: 'mdxJsxFlowElement',
        name: 'SnippetDiff',
        attributes: Object.entries(attributes).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
        children: [],
      },
    ],
  };
}

function examples() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snippet-diff-'));
  for (const [name, body] of [
    ['old', ['// #region wiring', 'connectionFactory: open(),', 'name: SECRET,', '// #endregion wiring'].join('\n')],
    ['new', ['// #region wiring', 'dataSourceFactory: open(),', 'name: SECRET,', '// #endregion wiring'].join('\n')],
  ]) {
    fs.mkdirSync(path.join(dir, name, 'src'), {recursive: true});
    fs.writeFileSync(path.join(dir, name, 'src', 'app.ts'), body);
  }
  return dir;
}

test('<SnippetDiff> becomes a titled diff block of the region in both examples', () => {
  const examplesDir = examples();
  const root = tree({from: 'old/src/app.ts', to: 'new/src/app.ts', region: 'wiring'});
  remarkSnippetDiff({examplesDir})(root as never, {path: 'docs/page.mdx'});
  expect(root.children[0]).toEqual({
    type: 'code',
    lang: 'diff',
    meta: 'title="src/app.ts (wiring): old → new"',
    value: ['-connectionFactory: open(),', '+dataSourceFactory: open(),', ' name: SECRET,'].join('\n'),
  });
});

test('<SnippetDiff> fails the build on a missing file, a missing region, or no difference at all', () => {
  const examplesDir = examples();
  const run = (attributes: Record<string, string>) => () => remarkSnippetDiff({examplesDir})(tree(attributes) as never, {path: 'docs/page.mdx'});
  expect(run({from: 'old/src/app.ts', to: 'new/src/nope.ts'})).toThrow('file examples/new/src/nope.ts does not exist');
  expect(run({from: 'old/src/app.ts', to: 'new/src/app.ts', region: 'nope'})).toThrow(
    'in examples/old/src/app.ts, region "nope" not found (regions here: wiring)',
  );
  expect(run({from: 'old/src/app.ts', to: 'old/src/app.ts'})).toThrow('the two sides are the same');
});
