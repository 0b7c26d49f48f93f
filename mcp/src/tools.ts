// The four tools: search_handbook, get_page, list_lines, troubleshoot. Each answers in Markdown
// for the assistant to read, with the same facts as structured content for a program to use.
// Bad input (unknown line or page, an empty or oversized query) is an MCP tool error saying what
// to pass instead.
import {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {McpError, ErrorCode} from '@modelcontextprotocol/sdk/types.js';
import {z} from 'zod';
import {phraseScore} from '../../src/plugins/error-message-search/phrase';
import type {Entry, Handbook, HandbookLine, TestedExample} from './handbook';
import type {Hit, HandbookSearch} from './search';

/** Longer than any error line or question; a whole log is cut to the line that matters first. */
export const MAX_QUERY = 4000;

const query = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is empty: pass the words or the error message to look for`)
    .max(MAX_QUERY, `${what} is longer than ${MAX_QUERY} characters: paste the error message itself, not the whole log`);

const lineArgument = z
  .string()
  .optional()
  .describe(
    'A guide line: `family@version` as list_lines gives it (e.g. "nestjs-query@9.x", "nestjs-query@0.30.x", "eloquent@1.0.x"), or a family for its current version.',
  );

const text = (markdown: string, structured: Record<string, unknown>) => ({content: [{type: 'text' as const, text: markdown}], structuredContent: structured});

export function registerTools(server: McpServer, handbook: Handbook, search: HandbookSearch): void {
  const lineNames = handbook.lines.map((line) => line.id).join(', ');

  server.registerTool(
    'search_handbook',
    {
      title: 'Search the handbook',
      description: `Search the Multi-Database Handbook as its search box does. Paste an error message whole to find the troubleshooting entry that explains it (first hit). Give a line for the reader's stack (${lineNames}); without one, the current version of each guide family is searched.`,
      inputSchema: {query: query('query'), line: lineArgument},
    },
    async ({query: input, line: lineName}) => {
      const line = lineName === undefined ? undefined : handbook.line(lineName);
      const hits = await search.search(input, line);
      const markdown = hits.length
        ? hits.map((hit, i) => `${i + 1}. ${hitTitle(hit)} (${hit.line})\n   ${hit.url}\n   Markdown: ${hit.twin}\n   ${excerpt(hit.text)}`).join('\n')
        : `Nothing in ${line ? `line ${line.id}` : 'the current lines'} matches "${excerpt(input)}".`;
      return text(markdown, {line: line?.id ?? null, hits});
    },
  );

  server.registerTool(
    'get_page',
    {
      title: 'Get a page as Markdown',
      description:
        'A handbook page as Markdown (its twin: the prose and every code block exactly as cut from the tested example). Pass its path or URL (e.g. "/nestjs-query/multiple-databases"), or its name inside a line ("multiple-databases") with a line, to get that page for the reader\'s stack.',
      inputSchema: {
        path: z
          .string()
          .trim()
          .min(1, 'path is empty: pass a page path such as /nestjs-query/multiple-databases')
          .max(2000, 'path is too long to be a page path'),
        line: lineArgument,
      },
    },
    async ({path, line: lineName}) => {
      const {line, page} = handbook.page(path, lineName);
      return {
        content: [{type: 'text' as const, text: handbook.twin(page.twin)}],
        structuredContent: {
          line: line.id,
          path: page.path,
          title: page.title,
          url: handbook.liveUrl(page.path),
          twin: handbook.liveUrl(page.twin),
        },
      };
    },
  );

  server.registerTool(
    'list_lines',
    {
      title: 'List the guide lines',
      description:
        'The guide lines (a library version on its stack), each with its pages, its agent skill and the package versions its example projects were tested with.',
      inputSchema: {},
    },
    async () => {
      const lines = handbook.lines.map((line) => ({
        id: line.id,
        title: line.title,
        current: line.current,
        url: handbook.liveUrl(line.path === '/' ? '/' : `${line.path}/`),
        skill: `${handbook.index.site.url}${line.skill.url}`,
        pages: line.pages.map((page) => page.path),
        tested: line.tested,
      }));
      return text(lines.map(describeLine).join('\n\n'), {lines});
    },
  );

  server.registerTool(
    'troubleshoot',
    {
      title: 'Explain an error message',
      description:
        "The handbook's troubleshooting entry for an error message: the message, its cause and the fix, with the line (stack) it was written for. Paste the message whole; give a line to keep to the reader's stack.",
      inputSchema: {message: query('message'), line: lineArgument},
    },
    async ({message, line: lineName}) => {
      const lines = lineName === undefined ? handbook.lines : [handbook.line(lineName)];
      const found = await explain(handbook, search, message, lines);
      if (found.length === 0) {
        throw new McpError(
          ErrorCode.InvalidParams,
          `No troubleshooting entry ${lineName ? `of line ${lines[0].id} ` : ''}explains this message. Try search_handbook with a part of it.`,
        );
      }
      const [best] = found;
      const alsoIn = found.slice(1).map((entry) => `${entry.line.id} (${handbook.liveUrl(entry.page.path, entry.anchor)})`);
      const markdown = [
        `From "${best.page.title}", ${best.line.title} (${best.line.id}): ${handbook.liveUrl(best.page.path, best.anchor)}`,
        '',
        best.markdown,
        ...(alsoIn.length ? ['', `The same entry is in ${alsoIn.join(', ')}.`] : []),
      ].join('\n');
      return text(markdown, {
        entries: found.map((entry) => ({
          line: entry.line.id,
          page: entry.page.path,
          heading: entry.heading,
          url: handbook.liveUrl(entry.page.path, entry.anchor),
          message: entry.message,
          markdown: entry.markdown,
        })),
      });
    },
  );
}

/**
 * The entries the site's search puts first for `message` in each line, keeping those that quote
 * most of it word for word (the site's own phrase score); current lines first among equals.
 */
async function explain(handbook: Handbook, search: HandbookSearch, message: string, lines: HandbookLine[]): Promise<Entry[]> {
  const candidates: {entry: Entry; score: number}[] = [];
  for (const line of lines) {
    const [first] = await search.search(message, line);
    const entry = first && handbook.entries.find((e) => e.line === line && e.page.path === first.page && e.anchor !== undefined && e.anchor === first.anchor);
    if (entry) candidates.push({entry, score: phraseScore(message, entry.message)});
  }
  const best = Math.max(...candidates.map((c) => c.score));
  return candidates
    .filter((c) => c.score === best)
    .sort((a, b) => Number(b.entry.line.current) - Number(a.entry.line.current))
    .map((c) => c.entry);
}

function hitTitle(hit: Hit): string {
  return hit.heading ? `${hit.title} › ${hit.heading}` : hit.title;
}

function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
}

function describeLine(line: {id: string; title: string; current: boolean; url: string; skill: string; pages: string[]; tested: TestedExample[]}): string {
  const tested = line.tested.length ? line.tested.map(describeRun).join('\n') : '  - no test run recorded for this line';
  return [
    `## ${line.id}: ${line.title}${line.current ? ' (current)' : ''}`,
    `- guide: ${line.url}`,
    `- skill: ${line.skill}`,
    `- pages: ${line.pages.join(', ')}`,
    '- tested with:',
    tested,
  ].join('\n');
}

function describeRun(row: TestedExample): string {
  const packages = Object.entries(row.packages)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  const runs = (row.runs ?? []).map((run) => `${run.check}${run.database ? ` on ${run.database}` : ''}: ${run.passed ? 'passed' : 'FAILED'}`).join('; ');
  const when = [row.node && `Node ${row.node}`, row.verified && `verified ${row.verified}`].filter(Boolean).join(', ');
  return `  - ${row.example}${row.stack ? ` (${row.stack} stack)` : ''}: ${packages}${when ? `; ${when}` : ''}${runs ? `\n    ${runs}` : ''}`;
}
