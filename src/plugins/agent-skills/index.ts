// Docusaurus plugin: a skill per guide line at `/skills/<name>/SKILL.md` (agent-skills format),
// made from the line's pages as their Markdown twins show them, and `/skills/index.json` listing
// the lines, their pages and skills (the MCP server's index is built from it). A skill snippet
// that differs from its example region fails the build before bundling starts.
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {absoluteLink} from '../markdown-twins';
import {docPages, type DocPage, type DocsContent, type Family} from '../markdown-twins/pages';
import {pageToMarkdown} from '../markdown-twins/toMarkdown';
import {absoluteUrl, type Site, siteOf} from '../markdown-twins/llms';
import type {GetCode} from '../markdown-twins/components';
import {linesOf, type Line} from './lines';
import {type SkillPage, skillMarkdown} from './skill';
import {twinSnippets} from './snippets';
import {entryAnchorsInHtml, plainHeading, troubleshootingEntries} from './troubleshooting';

export interface AgentSkillsOptions {
  /** The docs families, as the markdown-twins plugin gets them. */
  families: Family[];
  /** The examples folder in the handbook's repository, as the markdown-twins plugin gets it. */
  repositoryExamplesUrl: string;
}

export interface SkillsIndex {
  site: {title: string; url: string};
  lines: Line[];
}

export default function agentSkills(context: LoadContext, rawOptions?: unknown): Plugin {
  const options = rawOptions as AgentSkillsOptions;
  const {siteDir, siteConfig} = context;
  const site = siteOf(siteConfig);
  const getCode: GetCode = {siteUrl: site.url, repositoryExamplesUrl: options.repositoryExamplesUrl};
  const examplesDir = path.join(siteDir, 'examples');
  let files = new Map<string, string>();
  let index: SkillsIndex | undefined;

  return {
    name: 'agent-skills',
    allContentLoaded({allContent}) {
      const docs = (allContent['docusaurus-plugin-content-docs'] ?? {}) as DocsContent;
      const pages = docPages(docs, options.families, siteDir);
      const byFile = new Map(pages.map((page) => [page.source, page]));
      files = new Map();
      const lines = linesOf(pages);
      for (const {line, pages: linePages} of lines) {
        const skillPages = linePages.map((page) => skillPage(page, byFile, site, siteDir, examplesDir, getCode));
        skillPages.forEach((page, i) => {
          if (page.entries.length) line.pages[i].entries = page.entries.map(({heading, message}) => ({heading: plainHeading(heading), anchor: '', message}));
        });
        files.set(line.skill.url, skillMarkdown(line, skillPages, site));
      }
      index = {site: {title: site.title, url: site.url}, lines: lines.map(({line}) => line)};
    },
    async postBuild({outDir}) {
      // Entry anchors as the built pages have them (the search box links to them).
      for (const page of index?.lines.flatMap((line) => line.pages) ?? []) {
        if (!page.entries) continue;
        const {entries} = page;
        const anchors = entryAnchorsInHtml(
          fs.readFileSync(path.join(outDir, page.path, 'index.html'), 'utf8'),
          entries.map((e) => e.heading),
        );
        anchors.forEach((anchor, i) => {
          if (!anchor) throw new Error(`agent-skills: ${page.path} has no heading "${entries[i].heading}" under Troubleshooting in its HTML`);
          entries[i].anchor = anchor;
        });
      }
      files.set('/skills/index.json', `${JSON.stringify(index, null, 2)}\n`);
      for (const [file, text] of files) {
        const target = path.join(outDir, file);
        fs.mkdirSync(path.dirname(target), {recursive: true});
        fs.writeFileSync(target, text);
      }
    },
  };
}

/** One page as its twin shows it (the same conversion and links as the markdown-twins plugin). */
function skillPage(page: DocPage, byFile: Map<string, DocPage>, site: Site, siteDir: string, examplesDir: string, getCode: GetCode): SkillPage {
  const file = path.relative(siteDir, page.source);
  const source = fs.readFileSync(page.source, 'utf8');
  const {body} = pageToMarkdown({
    source,
    file,
    title: page.title,
    description: page.description,
    liveUrl: absoluteUrl(site, page.permalink),
    examplesDir,
    getCode,
    linkTo: (url) => absoluteLink(url, page, byFile, site),
  });
  return {path: page.permalink, title: page.title, body, snippets: twinSnippets(file, source, body, examplesDir), entries: troubleshootingEntries(body)};
}
