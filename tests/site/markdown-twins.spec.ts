import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {guidePaths, openHydrated} from '../../tools/site.mjs';
import {readTwin, twinFile} from './support/twins';

// Each page's Markdown twin (`<page>.md`), the llms.txt index and the per-version full texts, as
// the built site serves them; and the control under each title that copies or opens the twin.

const pages = guidePaths();
const twinUrl = (page: string) => `${page.replace(/\/$/, '')}.md`;

/** Heading text as a reader sees it: no Markdown marks, no escapes. */
const plain = (markdown: string) =>
  markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .trim();

function twinHeadings(markdown: string): string[] {
  const prose = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm, '');
  return [...prose.matchAll(/^(#{1,6}) (.+)$/gm)].map((m) => `h${m[1].length} ${plain(m[2])}`);
}

test.describe('each page', () => {
  // The headings are in the page's HTML as served: no need to run (and hydrate) it.
  test.use({javaScriptEnabled: false});
  for (const url of pages) {
    test(`${url}: the twin is served next to the page, linked from it, and has the page's headings`, async ({page, request}) => {
      const response = await request.get(twinUrl(url));
      expect(response.status()).toBe(200);
      expect(await response.text()).toBe(readTwin(url));
      await page.goto(url);
      await expect(page.getByRole('link', {name: 'View as Markdown'})).toHaveAttribute('href', twinUrl(url));
      // The page's own headings: its title and the headings written in it (those have anchors).
      const onPage = await page.locator('article :is(h1, h2.anchor, h3.anchor, h4.anchor, h5.anchor, h6.anchor)').evaluateAll((hs) =>
        hs.map((h) => {
          const copy = h.cloneNode(true) as Element;
          copy.querySelector('.hash-link')?.remove();
          return `${h.tagName.toLowerCase()} ${(copy.textContent ?? '').trim()}`;
        }),
      );
      expect(twinHeadings(readTwin(url))).toEqual(onPage);
    });
  }
});

test('llms.txt lists the twin of every page of every version once, current versions first', async ({request, baseURL}) => {
  const response = await request.get('/llms.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^# .+\n\n> .+/);
  const listed = [...text.matchAll(/^- \[[^\]]+\]\((\S+?)\)/gm)].map((m) => new URL(m[1]).pathname);
  // The agent skills (/skills/<line>/SKILL.md) are listed too; they are not page twins.
  const twins = listed.filter((p) => p.endsWith('.md') && !p.startsWith('/skills/'));
  expect([...twins].sort()).toEqual(pages.map(twinUrl).sort());
  // Older versions come after every current one, under headings that say so.
  const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
  const firstOlder = sections.findIndex((s) => s.includes('older version'));
  expect(firstOlder).toBeGreaterThan(0);
  expect(sections.slice(firstOlder).every((s) => s.includes('older version') || s === 'Optional')).toBe(true);
  for (const link of listed) {
    expect((await request.get(link)).status(), `${link} in llms.txt (served at ${baseURL})`).toBe(200);
  }
});

test('each version has an llms-full.txt holding all its twins', async ({request}) => {
  const index = await (await request.get('/llms.txt')).text();
  const files = [...index.matchAll(/\((\S+\/llms-full\.txt)\)/g)].map((m) => new URL(m[1]).pathname);
  const texts = new Map<string, string>();
  for (const file of files) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    texts.set(file, await response.text());
  }
  for (const page of pages) {
    const body = readTwin(page)
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .trim();
    const holders = files.filter((file) => texts.get(file)!.includes(body));
    // The page's version is the longest version folder its URL is in.
    const own = files.filter((file) => `${page.replace(/\/$/, '')}/`.startsWith(file.replace(/llms-full\.txt$/, ''))).sort((a, b) => b.length - a.length)[0];
    expect(holders, page).toEqual([own]);
  }
});

test.describe('the copy-page control', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});
  const url = '/nestjs-query/multiple-databases';

  test('copies the twin exactly, and fetches it only on the click', async ({page}) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('.md')) fetched.push(request.url());
    });
    await openHydrated(page, url);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByRole('button', {name: 'Copy page as Markdown'}).click();
    await expect(page.getByRole('status').filter({hasText: 'Copied'})).toBeVisible();
    expect(fetched.map((u) => new URL(u).pathname)).toEqual([twinUrl(url)]);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fs.readFileSync(twinFile(url), 'utf8'));
  });
});
