import fs from 'node:fs';
import path from 'node:path';
import {test, expect, type ToolResult} from './support/client';
import {root} from '../../tools/paths.mjs';
import {guidePaths} from '../../tools/site.mjs';
import {readTwin, troubleshootingEntries, twinFile} from '../site/support/twins';

// The MCP server's four tools, called as an editor calls them. Expected answers come from the
// built site (its twins, its troubleshooting entries as the site's search test reads them, its
// compatibility data), never from the server's own index.

interface BuiltLine {
  id: string;
  name: string;
  path: string;
  family: string;
  version: string;
  current: boolean;
  pages: {path: string}[];
}

const built = (file: string) => JSON.parse(fs.readFileSync(path.join(root, 'build', file), 'utf8'));
const lines: BuiltLine[] = built('skills/index.json').lines;
// The address the site was built for (tools/deployment.mjs).
const siteOrigin = new URL(built('skills/index.json').site.url).origin;
const lineOf = (page: string) => lines.find((line) => line.pages.some((p) => p.path === page))!;
const plain = (markdown: string) => markdown.replace(/`([^`]*)`/g, '$1').replace(/\\(.)/g, '$1');
const entries = troubleshootingEntries();

function ok(result: ToolResult): ToolResult {
  expect(result.isError, result.content[0]?.text).toBeFalsy();
  return result;
}

interface Hit {
  page: string;
  heading?: string;
  line: string;
}

test('the server offers the four tools, each described', async ({mcp}) => {
  const {tools} = await mcp.listTools();
  expect(tools.map((tool) => tool.name).sort()).toEqual(['get_page', 'list_lines', 'search_handbook', 'troubleshoot']);
  for (const tool of tools) expect(tool.description, tool.name).toBeTruthy();
});

test('every page of the site belongs to one line, and the lines have troubleshooting entries', () => {
  expect(guidePaths().every((page) => lineOf(page))).toBe(true);
  expect(entries.length).toBeGreaterThan(0);
});

for (const entry of entries) {
  test(`${entry.page}: the pasted message of "${entry.heading}" finds that entry first, in its line and with troubleshoot`, async ({mcp}) => {
    const line = lineOf(entry.page);
    // Where two entries of one line quote the very same message, either one explains it.
    const explaining = entries.filter((e) => e.message === entry.message && lineOf(e.page) === line).map((e) => `${e.page} › ${plain(e.heading)}`);

    const search = ok(await mcp.callTool({name: 'search_handbook', arguments: {query: entry.message, line: line.id}}));
    const [first] = search.structuredContent!.hits as Hit[];
    expect(explaining).toContain(`${first.page} › ${first.heading}`);
    expect(first.line).toBe(line.id);

    const inLine = ok(await mcp.callTool({name: 'troubleshoot', arguments: {message: entry.message, line: line.id}}));
    const [own] = inLine.structuredContent!.entries as {page: string; heading: string; message: string; markdown: string}[];
    expect(explaining).toContain(`${own.page} › ${plain(own.heading)}`);
    expect(own.message).toBe(entry.message);
    expect(readTwin(own.page)).toContain(own.markdown);

    // Without a line, the entry is among the answers (other lines may quote the same message).
    const anyLine = ok(await mcp.callTool({name: 'troubleshoot', arguments: {message: entry.message}}));
    const found = (anyLine.structuredContent!.entries as {line: string; page: string; heading: string}[]).map((e) => `${e.page} › ${plain(e.heading)}`);
    expect(found.some((e) => explaining.includes(e))).toBe(true);
  });
}

test('get_page returns every page twin byte for byte, by path, by URL and by twin URL', async ({mcp}) => {
  for (const page of guidePaths()) {
    const twin = fs.readFileSync(twinFile(page), 'utf8');
    for (const given of [page, `${siteOrigin}${page}`, `${page.replace(/\/$/, '')}.md`]) {
      const result = ok(await mcp.callTool({name: 'get_page', arguments: {path: given}}));
      expect(result.content[0].text === twin, `${given} is the twin of ${page}`).toBe(true);
    }
  }
});

test("get_page with a line returns the same page in that line's version", async ({mcp}) => {
  const older = lines.filter((line) => !line.current);
  expect(older.length).toBeGreaterThan(0);
  for (const line of older) {
    const current = lines.find((l) => l.family === line.family && l.current)!;
    for (const page of line.pages) {
      const inLine = page.path.slice(line.path.length).replace(/^\//, '');
      const currentPage = current.pages.find((p) => p.path.slice(current.path.length).replace(/^\//, '') === inLine);
      if (!currentPage) continue;
      const result = ok(await mcp.callTool({name: 'get_page', arguments: {path: currentPage.path, line: line.id}}));
      expect(result.content[0].text === readTwin(page.path), `${currentPage.path} in ${line.id}`).toBe(true);
      expect(result.structuredContent!.path).toBe(page.path);
    }
  }
});

test('list_lines gives every line with the versions the tests ran it with', async ({mcp}) => {
  const compatibility = built('compatibility.json') as {lines: {family: string; name: string; rows: unknown[]}[]};
  const result = ok(await mcp.callTool({name: 'list_lines', arguments: {}}));
  const listed = result.structuredContent!.lines as {id: string; tested: unknown[]; pages: string[]}[];
  expect(listed.map((line) => line.id)).toEqual(lines.map((line) => line.id));
  for (const line of lines) {
    const own = listed.find((l) => l.id === line.id)!;
    expect(own.pages).toEqual(line.pages.map((p) => p.path));
    const tested = compatibility.lines.find((c) => c.family === line.family && c.name === line.name);
    expect(tested, `build/compatibility.json has ${line.id}`).toBeDefined();
    expect(own.tested).toEqual(tested!.rows);
    expect(result.content[0].text).toContain(`## ${line.id}: `);
  }
});

test('bad input gets a tool error that says what to pass, and the server keeps answering', async ({mcp}) => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['search_handbook', {query: ''}, /query is empty/],
    ['search_handbook', {query: '   \n '}, /query is empty/],
    ['search_handbook', {query: 'connection '.repeat(10_000)}, /longer than 4000 characters/],
    ['search_handbook', {query: 'forFeature', line: 'nestjs-query@7.x'}, /Unknown line "nestjs-query@7\.x"\. The lines are: nestjs-query@9\.x/],
    ['search_handbook', {}, /query/],
    ['troubleshoot', {message: ''}, /message is empty/],
    ['troubleshoot', {message: 'x'.repeat(100 * 1024)}, /longer than 4000 characters/],
    ['troubleshoot', {message: 'The quick brown fox jumps over the lazy dog'}, /No troubleshooting entry/],
    ['get_page', {path: '/nestjs-query/no-such-page'}, /No page "\/nestjs-query\/no-such-page"/],
    ['get_page', {path: 'multi-tenant', line: 'nestjs-query@0.30.x'}, /No page "multi-tenant" in line nestjs-query@0\.30\.x\. Its pages: /],
    ['get_page', {path: 'migrations', line: 'django@5'}, /Unknown line "django@5"/],
    ['get_page', {path: ''}, /path is empty/],
  ];
  for (const [name, args, message] of cases) {
    const result = await mcp.callTool({name, arguments: args});
    expect(result.isError, `${name} ${JSON.stringify(args).slice(0, 80)}`).toBe(true);
    expect(result.content[0].text).toMatch(message);
  }
  ok(await mcp.callTool({name: 'list_lines', arguments: {}}));
});

test('a word longer than any the handbook holds is answered, not searched for ever', async ({mcp}) => {
  // Fuzzy matching of one 3,999-character word held the server for minutes before it was left out.
  const result = ok(await mcp.callTool({name: 'search_handbook', arguments: {query: 'x'.repeat(3999)}}));
  expect(result.structuredContent!.hits).toEqual([]);
  const mixed = ok(await mcp.callTool({name: 'search_handbook', arguments: {query: `${'y'.repeat(3000)} migrations`, line: lines[0].id}}));
  expect((mixed.structuredContent!.hits as Hit[]).length).toBeGreaterThan(0);
});

test('a family alone names its current line; a search without a line keeps to the current lines', async ({mcp}) => {
  for (const line of lines.filter((l) => l.current)) {
    const result = ok(await mcp.callTool({name: 'search_handbook', arguments: {query: 'connection', line: line.family}}));
    expect(result.structuredContent!.line).toBe(line.id);
  }
  const result = ok(await mcp.callTool({name: 'search_handbook', arguments: {query: 'connection'}}));
  const hits = result.structuredContent!.hits as Hit[];
  expect(hits.length).toBeGreaterThan(0);
  const current = new Set(lines.filter((l) => l.current).map((l) => l.id));
  expect(hits.every((hit) => current.has(hit.line))).toBe(true);
});
