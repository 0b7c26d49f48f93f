// Every example describes itself in handbook.json, and a wrong description stops everything that
// reads it with a message naming the file and the field.
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {ExampleDescriptionError, parseExampleDescription} from '../../src/lib/exampleDescription';
import {PRESETS} from '../../src/playground/rules/presets';
import {families} from '../../tools/families.mjs';
import {listExamples} from '../../tools/examples.mjs';

const root = path.resolve(__dirname, '..', '..');
const file = 'examples/demo/handbook.json';
const valid = {
  title: 'Demo',
  summary: 'One sentence.',
  family: 'nestjs-query',
  version: '9.x',
  open: 'src/main.ts',
  runs: 'app',
  env: {PORT: 'HTTP port'},
  checks: {health: '/health'},
};
const parse = (data: unknown) => () => parseExampleDescription(JSON.stringify(data), file);

test('every example folder has a valid handbook.json', () => {
  const folders = fs
    .readdirSync(path.join(root, 'examples'))
    .filter((name) => fs.existsSync(path.join(root, 'examples', name, 'package.json')))
    .sort();
  expect(folders.length).toBeGreaterThan(0);
  expect(listExamples().map((example) => example.name)).toEqual(folders);
});

test("each description's family, version and playground preset exist", () => {
  for (const {name, description} of listExamples()) {
    const family = families.find(({id}) => id === description.family);
    expect(family, `${name}'s "family"`).toBeDefined();
    expect(
      family!.lines.map((line) => line.version),
      `${name}'s "version"`,
    ).toContain(description.version);
    if (description.playground) expect(Object.keys(PRESETS), `${name}'s "playground"`).toContain(description.playground);
  }
});

test('every guide line is a docs version on disk: the current docs folder or one in <family>_versions.json', () => {
  for (const family of families) {
    expect(fs.existsSync(path.join(root, 'docs', family.id)), `docs/${family.id}`).toBe(true);
    const older = JSON.parse(fs.readFileSync(path.join(root, `${family.id}_versions.json`), 'utf8')) as string[];
    expect(family.lines.map((line) => line.name)).toEqual(['current', ...older]);
  }
});

test('each test file an example runs on sql.js only empties every *_DB_URL variable of its contract itself', () => {
  const listed = listExamples().filter(({description}) => description.sqljsOnlyTests);
  expect(listed.length).toBeGreaterThan(0);
  for (const {name, dir, description} of listed) {
    const urls = Object.keys(description.env).filter((key) => key.endsWith('_DB_URL'));
    for (const test of description.sqljsOnlyTests!) {
      const text = fs.readFileSync(path.join(dir, test), 'utf8');
      for (const key of urls) expect(text, `examples/${name}/${test} sets ${key}`).toMatch(new RegExp(`\\b${key}: ''`));
    }
  }
});

test('a valid description parses as written', () => {
  expect(parse(valid)()).toEqual(valid);
});

test('a wrong description fails naming the file and the field', () => {
  const {title: _title, ...untitled} = valid;
  const cases: [unknown, string][] = [
    [untitled, `${file}: "title" is missing`],
    [{...valid, runs: 'serve'}, `${file}: "runs" must be one of "app", "typecheck", not "serve"`],
    [{...valid, summary: ''}, `${file}: "summary" must be a non-empty string, not ""`],
    [{...valid, open: '../outside.ts'}, `${file}: "open" must be a path inside the example`],
    [{...valid, env: {port: 'x'}}, `${file}: "env": "port" is not an environment variable name`],
    [{...valid, env: {PORT: ''}}, `${file}: "env.PORT" must be a non-empty string`],
    [{...valid, checks: {health: 'health'}}, `${file}: "checks.health" must be a URL path starting with "/"`],
    [{...valid, checks: {ping: '/'}}, `${file}: "checks.ping" is not a known field (known: health, smoke)`],
    [{...valid, servers: ['oracle']}, `${file}: "servers.0" must be one of "postgres", "mariadb", "mysql", not "oracle"`],
    [{...valid, node: ['twenty']}, `${file}: "node.0" must be a Node version, like "20.19.0" or "24", not "twenty"`],
    [{...valid, runs: 'typecheck'}, `${file}: "checks" only apply to "runs": "app"`],
    [{...valid, titel: 'typo'}, `${file}: "titel" is not a known field`],
    [[valid], `${file}: the file must hold one JSON object`],
  ];
  for (const [data, message] of cases) {
    expect(parse(data), JSON.stringify(data)).toThrow(ExampleDescriptionError);
    expect(parse(data), JSON.stringify(data)).toThrow(message);
  }
  expect(() => parseExampleDescription('{"title": ', file)).toThrow(`${file}: is not valid JSON`);
});

test('an example folder without handbook.json, or naming a file it lacks, is reported by name', () => {
  const examples = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-'));
  fs.mkdirSync(path.join(examples, 'demo', 'src'), {recursive: true});
  fs.writeFileSync(path.join(examples, 'demo', 'package.json'), '{}');
  expect(() => listExamples(examples)).toThrow('examples/demo/handbook.json: is missing');
  fs.writeFileSync(path.join(examples, 'demo', 'handbook.json'), JSON.stringify(valid));
  expect(() => listExamples(examples)).toThrow('examples/demo/handbook.json: "open" names src/main.ts, which is not a file of examples/demo');
  fs.writeFileSync(path.join(examples, 'demo', 'src', 'main.ts'), '');
  expect(listExamples(examples).map((example) => example.name)).toEqual(['demo']);
});
