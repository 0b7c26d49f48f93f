import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pageToMarkdown} from '../../src/plugins/markdown-twins/toMarkdown';
import {SkillError, twinSnippets} from '../../src/plugins/agent-skills/snippets';
import {ruleSection, skillMarkdown} from '../../src/plugins/agent-skills/skill';
import {troubleshootingEntries} from '../../src/plugins/agent-skills/troubleshooting';
import type {Line} from '../../src/plugins/agent-skills/lines';

// A skill's code is the code its page's twin shows, checked against the example region: the
// check passes on a real twin and stops the build when the two differ.

const examplesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skills-examples-'));
fs.mkdirSync(path.join(examplesDir, 'demo'));
fs.writeFileSync(
  path.join(examplesDir, 'demo', 'app.ts'),
  [
    '// #region names',
    "export const SECRET = 'secret';",
    '// #endregion names',
    '// #region wrong',
    'forFeature([SecretEntity]);',
    '// #endregion wrong',
    '',
  ].join('\n'),
);
fs.mkdirSync(path.join(examplesDir, 'demo', 'mistakes'));
fs.writeFileSync(path.join(examplesDir, 'demo', 'mistakes', 'no-name.ts'), 'TypeOrmModule.forFeature([SecretEntity]); // no connection name\n');
test.afterAll(() => fs.rmSync(examplesDir, {recursive: true, force: true}));

const mdx = [
  '---',
  'title: Demo',
  '---',
  '',
  '# Demo',
  '',
  '## The rule',
  '',
  'Name every connection but the default one ([why](#troubleshooting)).',
  '',
  '## 1. Name it',
  '',
  '<Snippet file="demo/app.ts" region="names" />',
  '',
  'Leaving the name out is the usual mistake:',
  '',
  '<Snippet file="demo/mistakes/no-name.ts" />',
  '',
  '```bash',
  'npm start',
  '```',
  '',
  '## Troubleshooting',
  '',
  '### The name is missing',
  '',
  '```text',
  'Nest cannot resolve "SecretEntityRepository".',
  '```',
  '',
  'The module registers the entity without its connection:',
  '',
  '<Snippet file="demo/app.ts" region="wrong" />',
  '',
].join('\n');

const site = {title: 'Demo', tagline: 'A demo site.', url: 'https://site.example'};
const getCode = {siteUrl: site.url, repositoryExamplesUrl: 'https://git.example/handbook/tree/main/examples'};

const twinBody = () =>
  pageToMarkdown({source: mdx, file: 'docs/demo.mdx', title: 'Demo', description: 'A demo.', liveUrl: 'https://site.example/demo', examplesDir, getCode}).body;

test("a twin's snippets match their regions, in page order, each under its heading", () => {
  const snippets = twinSnippets('docs/demo.mdx', mdx, twinBody(), examplesDir);
  expect(snippets.map((s) => [s.file, s.region, s.heading, s.section])).toEqual([
    ['demo/app.ts', 'names', '## 1. Name it', '## 1. Name it'],
    ['demo/mistakes/no-name.ts', undefined, '## 1. Name it', '## 1. Name it'],
    ['demo/app.ts', 'wrong', '### The name is missing', '## Troubleshooting'],
  ]);
  expect(snippets[0].markdown).toBe('```ts title="examples/demo/app.ts"\nexport const SECRET = \'secret\';\n```');
});

test('a snippet that differs from its region stops the build, naming the page, file and region', () => {
  const changed = twinBody().replace("'secret'", "'secrets'");
  expect(() => twinSnippets('docs/demo.mdx', mdx, changed, examplesDir)).toThrow(SkillError);
  expect(() => twinSnippets('docs/demo.mdx', mdx, changed, examplesDir)).toThrow(
    /docs\/demo\.mdx: the snippet of examples\/demo\/app\.ts region "names" differs from its region/,
  );
});

test('a twin whose code blocks do not line up with the page stops the build', () => {
  const dropped = twinBody().replace(/```bash\nnpm start\n```\n/, '');
  expect(() => twinSnippets('docs/demo.mdx', mdx, dropped, examplesDir)).toThrow(/the twin has 4 code blocks where the page has 5/);
});

test('the skill: front matter, the rule with its links made absolute, the working code only, the messages', () => {
  const body = twinBody();
  const line: Line = {
    id: 'demo@1.x',
    family: 'demo',
    familyLabel: 'Demo',
    name: 'current',
    version: '1.x',
    label: 'demo 1.x',
    title: 'Demo: demo 1.x',
    path: '/demo',
    current: true,
    skill: {name: 'multi-db-demo-1-x', description: 'Demo 1.x: a demo.', url: '/skills/multi-db-demo-1-x/SKILL.md'},
    pages: [{path: '/demo/', title: 'Demo', description: 'A demo.', twin: '/demo.md'}],
  };
  const skill = skillMarkdown(
    line,
    [{path: '/demo/', title: 'Demo', body, snippets: twinSnippets('docs/demo.mdx', mdx, body, examplesDir), entries: troubleshootingEntries(body)}],
    site,
  );
  expect(skill).toMatch(/^---\nname: multi-db-demo-1-x\ndescription: "Demo 1\.x: a demo\."\n---\n/);
  expect(ruleSection(body)?.text).toContain('(#troubleshooting)');
  expect(skill).toContain('([why](https://site.example/demo/#troubleshooting))');
  expect(skill).toContain("export const SECRET = 'secret';");
  // A troubleshooting section's code and a mistakes/ file show what is wrong: not the skill's code.
  expect(skill).not.toContain('forFeature([SecretEntity]);');
  expect(skill).not.toContain('no connection name');
  expect(skill).toContain('### The name is missing');
  expect(skill).toContain('Nest cannot resolve "SecretEntityRepository".');
});

test('a line without a rule section gets no skill: the build stops and says which', () => {
  const body = twinBody().replace('## The rule', '## Background');
  const line = {title: 'Demo: demo 1.x', pages: []} as unknown as Line;
  expect(() => skillMarkdown(line, [{path: '/demo/', title: 'Demo', body, snippets: [], entries: []}], site)).toThrow(/Demo: demo 1\.x: no page of this line/);
});
