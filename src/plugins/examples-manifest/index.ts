// Docusaurus plugin: reads every example under `examples/` at build time and turns it into the
// project that StackBlitzLauncher posts. One JSON module per example
// (`@generated/examples-manifest/default/projects/<name>.json`) that the launcher imports on
// click only, so it is a chunk of its own, and one small `summaries.json` (name, description,
// start script) that the launcher shows before any click.
//
// The files are the example folder as committed: `git ls-files`, read from disk. Outside a git
// checkout (a source archive), or for an example nobody has `git add`ed yet, the folder is walked
// instead, skipping node_modules, build output and what .gitignore files exclude.
// The build also fails when a page asks for an example or a file that does not exist.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {listExamples, readExample} from '../../../tools/examples.mjs';
import type {ExampleDescription} from '../../lib/exampleDescription';

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
}

export interface ExamplesManifestOptions {
  /** Folder holding one project per sub-folder; relative to the site. */
  examplesDir?: string;
  /** Folders whose .md/.mdx pages are checked for `<StackBlitzLauncher>` uses; relative to the site. */
  pagesDirs?: string[];
}

interface Content {
  projects: Record<string, ExampleProject>;
  descriptions: Record<string, ExampleDescription>;
  watched: string[];
}

/** Never posted, whatever git or .gitignore say: dependencies, build output, VCS data. */
const ALWAYS_SKIPPED = new Set(['node_modules', 'dist', 'build', '.git']);

// Typed as Docusaurus's config expects a plugin module: options and content arrive as `unknown`.
export default function examplesManifest(context: LoadContext, rawOptions?: unknown): Plugin {
  const options = (rawOptions ?? {}) as ExamplesManifestOptions;
  const {siteDir} = context;
  const examplesDir = path.resolve(siteDir, options.examplesDir ?? 'examples');
  const pagesDirs = options.pagesDirs ?? defaultPagesDirs(siteDir);
  let watched: string[] = [];

  return {
    name: 'examples-manifest',

    // Changing a file of an example (or a page using the launcher) rebuilds the data in
    // `docusaurus start`. New files are picked up on the next start.
    getPathsToWatch: () => watched,

    async loadContent() {
      const projects: Record<string, ExampleProject> = {};
      const descriptions: Record<string, ExampleDescription> = {};
      const files: string[] = [];
      for (const {name, dir, description} of listExamples(examplesDir)) {
        const project = readExampleProject(dir, siteDir);
        projects[name] = project;
        descriptions[name] = description;
        files.push(...Object.keys(project.files).map((f) => path.join(dir, f)));
      }
      const pages = launcherPages(siteDir, pagesDirs);
      checkLauncherUses(pages, projects, descriptions, siteDir);
      watched = [...files, ...pages];
      return {projects, descriptions, watched};
    },

    async contentLoaded({content: loaded, actions}) {
      const content = loaded as Content;
      const summaries: Record<string, ExampleSummary> = {};
      for (const [name, project] of Object.entries(content.projects)) {
        await actions.createData(`projects/${name}.json`, JSON.stringify(project));
        summaries[name] = summarize(name, project, content.descriptions[name]);
      }
      await actions.createData('summaries.json', JSON.stringify(summaries));
    },
  };
}

function defaultPagesDirs(siteDir: string): string[] {
  const versioned = fs.readdirSync(siteDir).filter((d) => d.endsWith('_versioned_docs'));
  return ['docs', 'src/pages', ...versioned];
}

/** The project StackBlitz receives for one example folder. */
export function readExampleProject(dir: string, siteDir = process.cwd()): ExampleProject {
  const name = path.basename(dir);
  const files: Record<string, string> = {};
  for (const file of listExampleFiles(dir, siteDir)) {
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

/**
 * The example's files, as posix paths relative to `dir`, sorted: what git tracks there, or
 * (not a git checkout, or nothing tracked yet) what a walk finds, honouring .gitignore.
 */
export function listExampleFiles(dir: string, siteDir = process.cwd()): string[] {
  const tracked = gitTrackedFiles(dir);
  const files = tracked && tracked.length > 0 ? tracked : walk(dir, rootIgnoreRules(siteDir, dir));
  if (tracked && tracked.length === 0) {
    console.warn(`[examples-manifest] examples/${path.basename(dir)} has no files tracked by git yet; reading the folder from disk.`);
  }
  return files.filter((f) => !f.split('/').some((part) => ALWAYS_SKIPPED.has(part))).sort();
}

/** Tracked files under `dir` that still exist on disk; undefined outside a git checkout. */
function gitTrackedFiles(dir: string): string[] | undefined {
  let out: string;
  try {
    out = execFileSync('git', ['ls-files', '-z', '--', '.'], {cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
  } catch {
    return undefined;
  }
  // A file deleted but not yet `git rm`ed is listed by git and gone from disk.
  return out.split('\0').filter((f) => f && fs.statSync(path.join(dir, f), {throwIfNoEntry: false})?.isFile());
}

// ---- Walking a folder with .gitignore rules (the no-git fallback) ----

interface IgnoreRule {
  /** Folder holding the .gitignore; the pattern applies to paths relative to it. */
  base: string;
  regex: RegExp;
  negated: boolean;
  dirOnly: boolean;
}

/** Rules of the .gitignore files from the site root down to the parent of `dir`. */
function rootIgnoreRules(siteDir: string, dir: string): IgnoreRule[] {
  const root = path.resolve(siteDir);
  const rules: IgnoreRule[] = [];
  for (let base = path.dirname(path.resolve(dir)); base.startsWith(root); base = path.dirname(base)) {
    rules.unshift(...readIgnoreFile(base));
    if (base === root) break;
  }
  return rules;
}

function walk(dir: string, inherited: IgnoreRule[], prefix = ''): string[] {
  const rules = [...inherited, ...readIgnoreFile(dir)];
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    const isDir = entry.isDirectory();
    if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(full, isDir, rules)) continue;
    if (isDir) files.push(...walk(full, rules, `${prefix}${entry.name}/`));
    else if (entry.isFile()) files.push(`${prefix}${entry.name}`);
  }
  return files;
}

/** Later rules win, as in git; an ignored folder is not entered, so nothing in it comes back. */
function isIgnored(full: string, isDir: boolean, rules: IgnoreRule[]): boolean {
  let ignored = false;
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    const relative = path.relative(rule.base, full).split(path.sep).join('/');
    if (relative.startsWith('..')) continue;
    if (rule.regex.test(relative)) ignored = !rule.negated;
  }
  return ignored;
}

function readIgnoreFile(dir: string): IgnoreRule[] {
  const file = path.join(dir, '.gitignore');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/(?<!\\)\s+$/, ''))
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => parseIgnoreLine(line, dir));
}

// The usual .gitignore forms: `name`, `*.log`, `dir/`, `/anchored`, `a/**`, `**/b`, `!negated`.
export function parseIgnoreLine(line: string, base: string): IgnoreRule {
  let pattern = line;
  const negated = pattern.startsWith('!');
  if (negated) pattern = pattern.slice(1);
  const dirOnly = pattern.endsWith('/');
  if (dirOnly) pattern = pattern.slice(0, -1);
  // A slash other than a trailing one anchors the pattern to its folder; otherwise it matches at any depth.
  const anchored = pattern.includes('/');
  if (pattern.startsWith('/')) pattern = pattern.slice(1);
  const body = pattern
    .split('/')
    .map((segment) => (segment === '**' ? '(?:.*/)?' : `${globSegment(segment)}/`))
    .join('')
    .replace(/\(\?:\.\*\/\)\?$/, '.*')
    .replace(/\/$/, '');
  return {base, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`), negated, dirOnly};
}

function globSegment(segment: string): string {
  return segment.replace(/\\(.)|([*?])|([.+^${}()|[\]\\])/g, (_match, escaped?: string, glob?: string, special?: string) => {
    if (escaped) return escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (glob) return glob === '*' ? '[^/]*' : '[^/]';
    return `\\${special}`;
  });
}

// ---- What the launcher shows, and checking the pages that use it ----

function summarize(name: string, project: ExampleProject, description: ExampleDescription): ExampleSummary {
  const pkg = JSON.parse(project.files['package.json']) as {scripts?: Record<string, string>};
  const start = pkg.scripts?.start;
  if (!start) throw new Error(`[examples-manifest] examples/${name}/package.json has no "start" script; the sandbox runs \`npm start\``);
  return {start, description: description.summary, open: description.open};
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
