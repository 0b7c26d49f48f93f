import fs from 'node:fs';
import path from 'node:path';
import {test, expect} from '@playwright/test';
import {root} from '../../tools/paths.mjs';
import {readTwin, troubleshootingEntries} from './support/twins';

// One agent skill per guide line, served at a stable URL and listed in llms.txt: valid
// agent-skills front matter, the code exactly as a page of the line shows it, and the line's
// troubleshooting messages.

interface SkillLine {
  id: string;
  skill: {name: string; description: string; url: string};
  pages: {path: string}[];
}

const lines = (JSON.parse(fs.readFileSync(path.join(root, 'build', 'skills', 'index.json'), 'utf8')) as {lines: SkillLine[]}).lines;
const fences = (markdown: string) => [...markdown.matchAll(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm)].map((m) => m[0]);

test('llms.txt lists one skill per guide line, each served', async ({request}) => {
  const index = await (await request.get('/llms.txt')).text();
  const section = /^## Agent skills\n\n([\s\S]*?)\n\n## /m.exec(index);
  expect(section, 'an "## Agent skills" section').not.toBeNull();
  const listed = [...section![1].matchAll(/^- \[([^\]]+)\]\((\S+)\)/gm)].map((m) => [m[1], new URL(m[2]).pathname]);
  expect(listed).toEqual(lines.map((line) => [line.skill.name, line.skill.url]));
  for (const line of lines) expect((await request.get(line.skill.url)).status(), line.skill.url).toBe(200);
});

for (const line of lines) {
  test(`${line.id}: the skill has agent-skills front matter, the line's code as its pages show it, and its messages`, async ({request}) => {
    const skill = await (await request.get(line.skill.url)).text();
    const frontMatter = /^---\nname: (.+)\ndescription: (.+)\n---\n/.exec(skill);
    expect(frontMatter, 'front matter with name and description').not.toBeNull();
    const [, name, description] = frontMatter!;
    // The format's rules: lowercase letters, digits and single hyphens, at most 64; the folder's name.
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(name.length).toBeLessThanOrEqual(64);
    expect(line.skill.url).toBe(`/skills/${name}/SKILL.md`);
    const text = JSON.parse(description) as string;
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(1024);

    const twins = line.pages.map((page) => readTwin(page.path));
    const code = fences(/^## The code, in order\n([\s\S]*?)^## /m.exec(skill)![1]);
    expect(code.length).toBeGreaterThan(0);
    for (const block of code)
      expect(
        twins.some((twin) => twin.includes(block)),
        block.slice(0, 120),
      ).toBe(true);

    const pages = new Set(line.pages.map((page) => page.path));
    const messages = troubleshootingEntries()
      .filter((entry) => pages.has(entry.page))
      .map((entry) => entry.message);
    for (const message of messages) expect(skill).toContain(message);
  });
}
