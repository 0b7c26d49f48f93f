// A guide line is one version of one docs family (nestjs-query 9.x, eloquent 1.0.x): the unit a
// skill, the MCP server's `line` argument and llms.txt's skills section are named by.
import type {DocPage} from '../markdown-twins/pages';
import {twinPath} from '../markdown-twins/pages';
import {families} from '../../../tools/families.mjs';

export interface LinePage {
  /** The live page's path (`/nestjs-query/multiple-databases`). */
  path: string;
  title: string;
  description: string;
  /** Its Markdown twin's path (`/nestjs-query/multiple-databases.md`). */
  twin: string;
  /** Its troubleshooting entries (the site's search lists them when nothing matches). */
  entries?: {heading: string; anchor: string; message: string}[];
}

export interface Line {
  /** `family@version`, e.g. `nestjs-query@9.x`. */
  id: string;
  family: string;
  familyLabel: string;
  /** The docs version's name (`current`, `0.30.x`). */
  name: string;
  /** What the examples call the line (tools/families.mjs: `9.x`, `0.30.x`). */
  version: string;
  label: string;
  /** The version menu's label: the library line and its stack, as readers name it. */
  title: string;
  /** The version's route (`/nestjs-query`, `/nestjs-query/0.30`). */
  path: string;
  current: boolean;
  skill: {name: string; description: string; url: string};
  pages: LinePage[];
}

/** Pages grouped into lines: current versions first, then older ones, each in page order. */
export function linesOf(pages: DocPage[]): {line: Line; pages: DocPage[]}[] {
  const groups = new Map<string, DocPage[]>();
  for (const page of pages) {
    const key = `${page.family.id}@${page.version.name}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  const all = [...groups.values()].map((group) => ({line: lineOf(group), pages: group}));
  return [...all.filter((g) => g.line.current), ...all.filter((g) => !g.line.current)];
}

function lineOf(group: DocPage[]): Line {
  const [first] = group;
  const version = families.find((f) => f.id === first.family.id)?.lines.find((l) => l.name === first.version.name)?.version ?? first.version.name;
  const name = `multi-db-${first.family.id}-${version}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  // The version menu's label names the library line and its stack ("nestjs-query 9.x · NestJS 12").
  const title = first.version.label;
  return {
    id: `${first.family.id}@${version}`,
    family: first.family.id,
    familyLabel: first.family.label,
    name: first.version.name,
    version,
    label: first.version.label,
    title,
    path: first.version.path.replace(/\/$/, '') || '/',
    current: first.version.isLast,
    skill: {
      name,
      // Agents pick a skill by this text alone: say the stack, then when it applies.
      description: `${title}: ${first.description} Use when writing, reviewing or fixing code that opens more than one database on this stack: the rule, the tested example's code in order, and the error messages the guides explain.`,
      url: `/skills/${name}/SKILL.md`,
    },
    pages: group.map((page) => ({path: page.permalink, title: page.title, description: page.description, twin: twinPath(page.permalink)})),
  };
}
