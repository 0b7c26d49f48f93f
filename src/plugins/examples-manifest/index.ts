// Docusaurus plugin: reads every example under `examples/` at build time and turns it into the
// project that StackBlitzLauncher posts. One JSON module per example
// (`@generated/examples-manifest/default/projects/<name>.json`) that the launcher imports on
// click only, so it is a chunk of its own, and one small `summaries.json` (name, description,
// start script) that the launcher shows before any click.
//
// The files are the example folder as committed (tools/standaloneExample.mjs, the same list the
// tests copy out of the repository), read from disk. The same files, zipped under a folder named
// after the example, are served at `downloads/<name>.zip` for readers who run it on their machine.
// The build also fails when a page asks for an example or a file that does not exist.
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {listExamples, readExample} from '../../../tools/examples.mjs';
import {listExampleFiles} from '../../../tools/standaloneExample.mjs';
import type {ExampleDescription} from '../../lib/exampleDescription';
import {downloadPath} from './paths';
import {zip} from './zip';

export interface ExampleProject {
  title: string;
  description: string;
  template: 'node';
  /** Path inside the example (posix) → file contents, as on disk. */
  files: Record<string, string>;
}

export interface ExampleSummary {
  /** What `npm start` runs, from the example's package.json. */
  start: string;
  /** The summary of its handbook.json. */
  description: string;
  /** The file opened when a page does not say which. */
  open: string;
  /** The Node versions it needs: its package.json's engines.node (e.g. ">=20.19"). */
  node?: string;
  /** The zip of its files, relative to the site's base URL. */
  download: string;
  /** Its folder in the handbook's repository. */
  source: string;
}

export interface ExamplesManifestOptions {
  /** Folder holding one project per sub-folder; relative to the site. */
  examplesDir?: string;
  /** Folders whose .md/.mdx pages are checked for `<StackBlitzLauncher>` uses; relative to the site. */
  pagesDirs?: string[];
  /** The examples folder in the handbook's repository (tools/deployment.mjs); each example's source link is below it. */
  repositoryExamplesUrl: string;
}

interface Content {
  projects: Record<string, ExampleProject>;
  descriptions: Record<string, ExampleDescription>;
  watched: string[];
}

// Typed as Docusaurus's config expects a plugin module: options and content arrive as `unknown`.
export default function examplesManifest(context: LoadContext, rawOptions?: unknown): Plugin {
  const options = rawOptions as ExamplesManifestOptions;
  const {siteDir, siteConfig} = context;
  const examplesDir = path.resolve(siteDir, options.examplesDir ?? 'examples');
  const pagesDirs = options.pagesDirs ?? defaultPagesDirs(siteDir);
  let watched: string[] = [];
  let downloads = new Map<string, Buffer>();
  // `docusaurus start` serves the zips from here; a build writes them into its output.
  const devDir = path.join(context.generatedFilesDir, 'example-downloads');

  return {
    name: 'examples-manifest',

    // Changing a file of an example (or a page using the launcher) rebuilds the data in
    // `docusaurus start`. New files are picked up on the next start.
    getPathsToWatch: () => watched,

    async loadContent() {
      const projects: Record<string, ExampleProject> = {};
      const descriptions: Record<string, ExampleDescription> = {};
      const files: string[] = [];
      downloads = new Map();
      for (const {name, dir, description} of listExamples(examplesDir)) {
        const project = readExampleProject(dir);
        projects[name] = project;
        descriptions[name] = description;
        downloads.set(downloadPath(name), exampleZip(dir, project));
        files.push(...Object.keys(project.files).map((f) => path.join(dir, f)));
      }
      const pages = launcherPages(siteDir, pagesDirs);
      checkLauncherUses(pages, projects, descriptions, siteDir);
      watched = [...files, ...pages];
      if (process.env.NODE_ENV === 'development') writeAll(downloads, devDir);
      return {projects, descriptions, watched};
    },

    async contentLoaded({content: loaded, actions}) {
      const content = loaded as Content;
      const summaries: Record<string, ExampleSummary> = {};
      for (const [name, project] of Object.entries(content.projects)) {
        await actions.createData(`projects/${name}.json`, JSON.stringify(project));
        summaries[name] = summarize(name, project, content.descriptions[name], `${options.repositoryExamplesUrl}/${name}`);
      }
      await actions.createData('summaries.json', JSON.stringify(summaries));
    },

    configureWebpack() {
      if (process.env.NODE_ENV !== 'development') return {};
      return {devServer: {static: [{directory: devDir, publicPath: siteConfig.baseUrl, watch: false}]}} as object;
    },

    async postBuild({outDir}) {
      writeAll(downloads, outDir);
    },
  };
}

function writeAll(files: Map<string, Buffer>, dir: string): void {
  for (const [file, bytes] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), bytes);
  }
}

/** The example's files as the launcher posts them, in a folder named after it, executables kept executable. */
export function exampleZip(dir: string, project: ExampleProject): Buffer {
  const name = path.basename(dir);
  return zip(
    Object.entries(project.files).map(([file, text]) => ({
      name: `${name}/${file}`,
      data: Buffer.from(text, 'utf8'),
      mode: fs.statSync(path.join(dir, file)).mode & 0o111 ? 0o755 : 0o644,
    })),
  );
}

function defaultPagesDirs(siteDir: string): string[] {
  const versioned = fs.readdirSync(siteDir).filter((d) => d.endsWith('_versioned_docs'));
  return ['docs', 'src/pages', ...versioned];
}

/** The project StackBlitz receives for one example folder. */
export function readExampleProject(dir: string): ExampleProject {
  const name = path.basename(dir);
  const files: Record<string, string> = {};
  for (const file of listExampleFiles(dir)) {
    const bytes = fs.readFileSync(path.join(dir, file));
    const text = bytes.toString('utf8');
    // StackBlitz takes text files only; a binary file would arrive broken.
    if (bytes.includes(0) || !Buffer.from(text, 'utf8').equals(bytes)) {
      throw new Error(`[examples-manifest] examples/${name}/${file} is not UTF-8 text; StackBlitz projects can only hold text files`);
    }
    files[file] = text;
  }
  if (!('package.json' in files)) throw new Error(`[examples-manifest] examples/${name}: package.json is not among its tracked files`);
  const {description} = readExample(dir);
  return {title: description.title, description: description.summary, template: 'node', files};
}

// ---- What the launcher shows, and checking the pages that use it ----

function summarize(name: string, project: ExampleProject, description: ExampleDescription, source: string): ExampleSummary {
  const pkg = JSON.parse(project.files['package.json']) as {scripts?: Record<string, string>; engines?: {node?: string}};
  const start = pkg.scripts?.start;
  if (!start) throw new Error(`[examples-manifest] examples/${name}/package.json has no "start" script; the sandbox runs \`npm start\``);
  return {
    start,
    description: description.summary,
    open: description.open,
    download: downloadPath(name),
    source,
    ...(pkg.engines?.node ? {node: pkg.engines.node} : {}),
  };
}

/** .md/.mdx files under the given folders that mention the launcher. */
function launcherPages(siteDir: string, dirs: string[]): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules') visit(full);
      else if (/\.mdx?$/.test(entry.name) && fs.readFileSync(full, 'utf8').includes('<StackBlitzLauncher')) pages.push(full);
    }
  };
  for (const dir of dirs.map((d) => path.resolve(siteDir, d)).filter((d) => fs.existsSync(d))) visit(dir);
  return pages.sort();
}

/** Fails the build when a page launches an example or opens a file that does not exist. */
function checkLauncherUses(pages: string[], projects: Record<string, ExampleProject>, descriptions: Record<string, ExampleDescription>, siteDir: string): void {
  for (const page of pages) {
    const where = path.relative(siteDir, page);
    for (const [element] of fs.readFileSync(page, 'utf8').matchAll(/<StackBlitzLauncher\b[^>]*>/g)) {
      const attrs = Object.fromEntries([...element.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]));
      const project = projects[attrs.example];
      if (!project) {
        throw new Error(
          `[examples-manifest] ${where}: ${element} launches examples/${attrs.example ?? '(no example attribute)'}, which does not exist (or has no package.json)`,
        );
      }
      const open = attrs.open ?? descriptions[attrs.example].open;
      if (!(open in project.files)) {
        throw new Error(`[examples-manifest] ${where}: ${element} opens "${open}", which is not a file of examples/${attrs.example}`);
      }
    }
  }
}
