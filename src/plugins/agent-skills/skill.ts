// One SKILL.md per guide line (the agent-skills format: YAML front matter with `name` and
// `description`, then Markdown): the line's rule, the snippets of the page that states it in
// page order under their headings, and every troubleshooting message of the line's pages.
import type {Line} from './lines';
import type {TwinSnippet} from './snippets';
import type {TroubleshootingEntry} from './troubleshooting';
import {SkillError} from './snippets';
import {absoluteUrl, type Site} from '../markdown-twins/llms';

export interface SkillPage {
  path: string;
  title: string;
  /** The twin's body (from the page's `#` title on). */
  body: string;
  snippets: TwinSnippet[];
  entries: TroubleshootingEntry[];
}

/** The `## ... rule` section of a twin: its heading and the Markdown under it. */
export function ruleSection(body: string): {heading: string; text: string} | undefined {
  const m = /^## ((?:The )?(?:core )?rule)\n([\s\S]*?)(?=^## |(?![\s\S]))/im.exec(body);
  return m ? {heading: m[1], text: m[2].trim()} : undefined;
}

export function skillMarkdown(line: Line, pages: SkillPage[], site: Site): string {
  const {title} = line;
  const rulePage = pages.find((page) => ruleSection(page.body));
  if (!rulePage) throw new SkillError(`[agent-skills] ${title}: no page of this line has a "## The rule" section for its skill`);
  const rule = ruleSection(rulePage.body)!;
  // Page and line paths are permalinks: they hold the base URL already.
  const live = (path: string) => absoluteUrl(site, path);

  const steps: string[] = [];
  let heading: string | undefined;
  // The working code only: not the rule section's (already above) or the "In short" summary's
  // (shown again in its step), not a troubleshooting section's, not an example's mistakes/ files
  // (each a program with one thing wrong).
  const skipped = new Set([`## ${rule.heading}`, '## In short', '## Troubleshooting']);
  const working = rulePage.snippets.filter((s) => !skipped.has(s.section ?? '') && !/(^|\/)mistakes\//.test(s.file));
  for (const snippet of working) {
    if (snippet.heading !== heading) {
      heading = snippet.heading;
      if (heading) steps.push(heading.replace(/^#+/, '###'));
    }
    steps.push(snippet.markdown);
  }

  const messages = pages.flatMap((page) =>
    page.entries.map((entry) => [`### ${entry.heading}`, '', `On [${page.title}](${live(page.path)}):`, '', fence(entry.message)].join('\n')),
  );

  const frontMatter = ['---', `name: ${line.skill.name}`, `description: ${JSON.stringify(line.skill.description)}`, '---'].join('\n');
  return [
    frontMatter,
    '',
    `# Several databases with ${title}`,
    '',
    `Follow the Multi-Database Handbook's guides for ${title} (${live(line.path === '/' ? '/' : `${line.path}/`)}). The code below is cut from the example project those guides show, which the handbook's tests run; use it as written for this stack, and open a page's Markdown (linked under "Pages") for the reasons behind each step.`,
    '',
    `## ${rule.heading}`,
    '',
    `From [${rulePage.title}](${live(rulePage.path)}):`,
    '',
    // A link to a heading of the page points at the live page.
    rule.text.replace(/\]\(#/g, `](${live(rulePage.path)}#`),
    '',
    `## The code, in order`,
    '',
    `From [${rulePage.title}](${live(rulePage.path)}), each block under the page's heading:`,
    '',
    steps.join('\n\n'),
    '',
    '## Troubleshooting messages',
    '',
    'When one of these messages appears, the page named above it explains the cause and the fix.',
    '',
    messages.join('\n\n') || 'The pages of this line list no error messages.',
    '',
    '## Pages',
    '',
    ...line.pages.map((page) => `- [${page.title}](${live(page.twin)}): ${page.description}`),
    '',
  ].join('\n');
}

/** A fenced block that no backtick run inside `text` can close early. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}text\n${text}\n${ticks}`;
}
