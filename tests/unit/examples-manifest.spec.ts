import {test, expect} from '@playwright/test';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import examplesManifest, {readExampleProject} from '../../src/plugins/examples-manifest';
import {listExampleFiles} from '../../tools/standaloneExample.mjs';
import {unzip} from './support/unzip';

// What the StackBlitz launcher posts (and the tests copy out of the repository): the example
// folder as committed, and nothing else.

function write(root: string, files: Record<string, string | Buffer>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), {recursive: true});
    fs.writeFileSync(path.join(root, file), content);
  }
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, {cwd, stdio: 'ignore'});

const demoDescription = {
  title: 'Demo: one file',
  summary: 'A demo.',
  family: 'nestjs-query',
  version: '9.x',
  open: 'src/main.js',
  runs: 'typecheck',
  env: {},
};

/** A git checkout of a site with one example holding the usual suspects next to its real files. */
function site(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-manifest-'));
  write(root, {
    '.gitignore': 'node_modules/\n*.log\n',
    'examples/demo/.gitignore': '.env\n/out\n*.sqlite\n!keep.sqlite\n',
    'examples/demo/package.json': JSON.stringify({description: 'What npm shows.', scripts: {start: 'node src/main.js'}}),
    'examples/demo/handbook.json': JSON.stringify(demoDescription),
    'examples/demo/package-lock.json': '{}\n',
    'examples/demo/.env.example': 'A=1\r\n',
    'examples/demo/src/main.js': 'console.log("hi");\n',
    'examples/demo/src/[id].js': 'export {};\n',
    'examples/demo/.env': 'SECRET=1\n',
    'examples/demo/debug.log': 'x\n',
    'examples/demo/data.sqlite': 'x\n',
    'examples/demo/keep.sqlite': 'kept\n',
    'examples/demo/out/app.js': 'x\n',
    'examples/demo/src/out/deep.js': 'not anchored, so kept\n',
    'examples/demo/node_modules/dep/index.js': 'x\n',
    'examples/demo/dist/main.js': 'x\n',
    'examples/demo/build/main.js': 'x\n',
    'examples/demo/stacks/older/package.json': '{}\n',
  });
  git(root, 'init', '-q');
  git(root, 'add', '.');
  // Forced past .gitignore: still never posted.
  git(root, 'add', '-f', 'examples/demo/node_modules/dep/index.js', 'examples/demo/dist/main.js');
  return root;
}

const committed = [
  '.env.example',
  '.gitignore',
  'handbook.json',
  'keep.sqlite',
  'package-lock.json',
  'package.json',
  'src/[id].js',
  'src/main.js',
  'src/out/deep.js',
];

test('the tracked files, without node_modules, build output and the stack variants', () => {
  const root = site();
  expect(listExampleFiles(path.join(root, 'examples/demo'))).toEqual(committed);
});

test('exactly the tracked files are listed, whatever else lies in the folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-manifest-'));
  write(root, {
    'examples/demo/package.json': '{}',
    'examples/demo/handbook.json': '{}',
    'examples/demo/src/main.js': '',
    'examples/demo/.env.example': '',
    'examples/demo/extra.js': '',
  });
  git(root, 'init', '-q');
  git(root, 'add', 'examples/demo/package.json', 'examples/demo/handbook.json', 'examples/demo/src/main.js', 'examples/demo/.env.example');
  // Tracked, then deleted from disk without `git rm`: not posted.
  write(root, {'examples/demo/gone.js': 'x\n'});
  git(root, 'add', 'examples/demo/gone.js');
  fs.rmSync(path.join(root, 'examples/demo/gone.js'));
  expect(listExampleFiles(path.join(root, 'examples/demo'))).toEqual(['.env.example', 'handbook.json', 'package.json', 'src/main.js']);
});

test('an example git does not track, or a folder outside a git checkout, fails naming the folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'examples-manifest-'));
  write(root, {'examples/demo/package.json': '{}'});
  expect(() => listExampleFiles(path.join(root, 'examples/demo'))).toThrow(/examples\/demo is not in a git checkout/);
  git(root, 'init', '-q');
  expect(() => listExampleFiles(path.join(root, 'examples/demo'))).toThrow(/examples\/demo: git tracks no file there yet \(git add the example\)/);
});

test("the project holds each file as on disk, template node, and its handbook.json's title and summary", () => {
  const root = site();
  const project = readExampleProject(path.join(root, 'examples/demo'));
  expect(project).toMatchObject({title: 'Demo: one file', description: 'A demo.', template: 'node'});
  expect(Object.keys(project.files)).toEqual(committed);
  expect(project.files['.env.example']).toBe('A=1\r\n');
  expect(project.files['src/[id].js']).toBe('export {};\n');
});

test('a binary file fails the build: StackBlitz projects hold text only', () => {
  const root = site();
  write(root, {'examples/demo/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff])});
  git(root, 'add', 'examples/demo/logo.png');
  expect(() => readExampleProject(path.join(root, 'examples/demo'))).toThrow(
    'examples/demo/logo.png is not UTF-8 text; StackBlitz projects can only hold text files',
  );
});

const repositoryExamplesUrl = 'https://github.com/octo/handbook/tree/main/examples';

function manifestPlugin(root: string) {
  const context = {siteDir: root, siteConfig: {baseUrl: '/'}, generatedFilesDir: path.join(root, '.docusaurus')} as LoadContext;
  return examplesManifest(context, {repositoryExamplesUrl});
}

async function buildData(root: string) {
  const plugin = manifestPlugin(root);
  const created: Record<string, string> = {};
  const content = await plugin.loadContent!();
  await plugin.contentLoaded!({
    content,
    actions: {createData: async (name: string, data: string) => void (created[name] = data)} as never,
  });
  return created;
}

test('the plugin writes one project per example and the summaries shown before a click', async () => {
  const root = site();
  write(root, {'docs/guide.mdx': '<StackBlitzLauncher example="demo" open="src/main.js" />\n'});
  const created = await buildData(root);
  expect(Object.keys(created).sort()).toEqual(['projects/demo.json', 'summaries.json']);
  expect(JSON.parse(created['summaries.json'])).toEqual({
    demo: {
      start: 'node src/main.js',
      description: 'A demo.',
      open: 'src/main.js',
      download: 'downloads/demo.zip',
      source: `${repositoryExamplesUrl}/demo`,
    },
  });
  expect(Object.keys(JSON.parse(created['projects/demo.json']).files)).toEqual(committed);
});

test("the build writes each example's zip: the launcher's files, byte for byte, in a folder named after it", async () => {
  const root = site();
  fs.chmodSync(path.join(root, 'examples/demo/src/main.js'), 0o755);
  const plugin = manifestPlugin(root);
  await plugin.loadContent!();
  const outDir = path.join(root, 'build');
  await plugin.postBuild!({outDir} as never);
  const archive = fs.readFileSync(path.join(outDir, 'downloads/demo.zip'));
  const entries = unzip(archive);
  const project = readExampleProject(path.join(root, 'examples/demo'));
  expect(entries.map((e) => e.name)).toEqual(committed.map((file) => `demo/${file}`));
  for (const entry of entries) expect(entry.data.toString('utf8')).toBe(project.files[entry.name.slice('demo/'.length)]);
  expect(entries.find((e) => e.name === 'demo/.env.example')!.data).toEqual(Buffer.from('A=1\r\n'));
  // Executable stays executable after unzipping; everything else is a plain file.
  expect(Object.fromEntries(entries.map((e) => [e.name, e.mode.toString(8)]))).toMatchObject({'demo/src/main.js': '755', 'demo/package.json': '644'});

  // The same files give the same bytes, so an unchanged example does not change the build.
  await plugin.loadContent!();
  await plugin.postBuild!({outDir} as never);
  expect(fs.readFileSync(path.join(outDir, 'downloads/demo.zip')).equals(archive)).toBe(true);
});

test('a page launching a missing example or opening a missing file fails the build, naming the page', async () => {
  const root = site();
  write(root, {'docs/guide.mdx': '<StackBlitzLauncher example="nope" open="src/main.js" />\n'});
  await expect(buildData(root)).rejects.toThrow(
    '[examples-manifest] docs/guide.mdx: <StackBlitzLauncher example="nope" open="src/main.js" /> launches examples/nope, which does not exist',
  );
  write(root, {'docs/guide.mdx': '<StackBlitzLauncher example="demo" open="src/app.ts" />\n'});
  await expect(buildData(root)).rejects.toThrow('opens "src/app.ts", which is not a file of examples/demo');
});

test("a page that does not say which file to open opens the handbook.json's open file", async () => {
  const root = site();
  write(root, {'docs/guide.mdx': '<StackBlitzLauncher example="demo" />\n'});
  write(root, {'examples/demo/handbook.json': JSON.stringify({...demoDescription, open: 'src/[id].js'})});
  expect(JSON.parse((await buildData(root))['summaries.json']).demo.open).toBe('src/[id].js');
  write(root, {'examples/demo/handbook.json': JSON.stringify({...demoDescription, open: 'src/gone.js'})});
  await expect(buildData(root)).rejects.toThrow('examples/demo/handbook.json: "open" names src/gone.js, which is not a file of examples/demo');
});

test('an example without a handbook.json fails the build, naming the file', async () => {
  const root = site();
  fs.rmSync(path.join(root, 'examples/demo/handbook.json'));
  await expect(buildData(root)).rejects.toThrow('examples/demo/handbook.json: is missing');
});

test('an example without a start script fails the build: the sandbox runs npm start', async () => {
  const root = site();
  write(root, {'examples/demo/package.json': JSON.stringify({scripts: {}})});
  await expect(buildData(root)).rejects.toThrow('examples/demo/package.json has no "start" script');
});
