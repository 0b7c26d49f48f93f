// The llms.txt index (llmstxt.org: a title, a summary, then sections of links) and one
// llms-full.txt per family and version holding all of that version's twins.
import type {DocPage} from './pages';
import {twinPath} from './pages';
import {linesOf} from '../agent-skills/lines';

export interface Site {
  title: string;
  tagline: string;
  /** Origin plus base URL, without the trailing slash. */
  url: string;
}

export function siteOf(siteConfig: {title: string; tagline: string; url: string; baseUrl: string}): Site {
  return {title: siteConfig.title, tagline: siteConfig.tagline, url: `${siteConfig.url}${siteConfig.baseUrl}`.replace(/\/$/, '')};
}

/** A path as the site's pages carry it (a permalink, which holds the base URL already), made absolute. */
export const absoluteUrl = (site: Site, sitePath: string): string => new URL(sitePath, site.url).href;

const versionTitle = (page: DocPage) => `${page.family.label} ${page.version.label}`;
export const fullTextPath = (page: DocPage) => `${page.version.path.replace(/\/$/, '')}/llms-full.txt`;

/** Pages grouped by family and version, current versions first, each group in page order. */
function byVersion(pages: DocPage[]): DocPage[][] {
  const groups = new Map<string, DocPage[]>();
  for (const page of pages) {
    const key = `${page.family.id}@${page.version.name}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g[0].version.isLast), ...all.filter((g) => !g[0].version.isLast)];
}

export function llmsTxt(site: Site, pages: DocPage[]): string {
  const groups = byVersion(pages);
  const sections = groups.map((group) => {
    const heading = `## ${versionTitle(group[0])}${group[0].version.isLast ? '' : ' (older version)'}`;
    const links = group.map((page) => `- [${page.title}](${absoluteUrl(site, twinPath(page.permalink))}): ${page.description}`);
    return [heading, '', ...links].join('\n');
  });
  // One agent skill per version (src/plugins/agent-skills), before the versions' pages.
  const skills = linesOf(pages).map(({line}) => `- [${line.skill.name}](${site.url}${line.skill.url}): ${line.skill.description}`);
  const full = groups.map(
    (group) => `- [${versionTitle(group[0])}, every page](${absoluteUrl(site, fullTextPath(group[0]))}): all pages of this version in one file`,
  );
  return [
    `# ${site.title}`,
    '',
    `> ${site.tagline}`,
    '',
    'The agent skills come first: one SKILL.md per version, with its rule, its tested code in order',
    'and the error messages its pages explain. Each link under a version is the Markdown copy of one',
    'page of the site: its prose, and every code block exactly as cut from the tested example project',
    'the page shows. Current versions come first, older versions follow in their own sections.',
    '',
    '## Agent skills',
    '',
    ...skills,
    '',
    ...sections.flatMap((section) => [section, '']),
    '## Optional',
    '',
    ...full,
    '',
  ].join('\n');
}

/** Every full-text file: path → text. */
export function llmsFullTxt(site: Site, pages: DocPage[], bodies: Map<DocPage, string>): Map<string, string> {
  const files = new Map<string, string>();
  for (const group of byVersion(pages)) {
    const parts = group.map((page) => `Source: ${absoluteUrl(site, page.permalink)}\n\n${bodies.get(page)!.trim()}\n`);
    const header = `# ${site.title}: ${versionTitle(group[0])}\n\n> Every page of this version, as Markdown.\n`;
    files.set(fullTextPath(group[0]), [header, ...parts].join('\n---\n\n'));
  }
  return files;
}
