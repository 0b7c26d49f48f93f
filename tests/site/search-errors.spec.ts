import fs from 'node:fs';
import {test, expect} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';
import {searchFor} from './support/search';
import {headingText} from './support/twins';
import {entriesOf, variantsOf, withReaderNames} from './support/message-variants';
import {messageShape} from '../../src/plugins/error-message-search/normalize';
import type {SearchLine} from '../../src/plugins/error-message-search/searchLines';
import {escapeRegExp} from '../../tools/text.mjs';

// The search box as a reader with an error in hand uses it. Every variant of every message is
// checked in Node (search-variants.spec.ts, the same code over the same index files); here the
// page shows it: the entry's heading and line, hits from other lines named, the list of entries
// when nothing matches, and one realistic message per line landing on its entry.
// A pasted message's first search loads every line's index: the first suggestion may take a while.
const FIRST = {timeout: 20_000};
const {lines} = JSON.parse(fs.readFileSync('build/skills/index.json', 'utf8')) as {lines: SearchLine[]};
const entries = entriesOf(lines);

for (const line of lines.filter((l) => entries.some((e) => e.line === l))) {
  test(`${line.id}: a message pasted from a reader's log lands on its entry, named with its line`, async ({page}) => {
    const entry = entries.find((e) => e.line === line);
    if (!entry) throw new Error(`${line.id} has no entry`);
    const pasted = variantsOf(entry).find((v) => v.kind === 'logger prefix, colours')?.text ?? entry.message;
    await openHydrated(page, entry.page);
    // Where two entries of the line quote the same message, either one explains it.
    const explaining = entries.filter((e) => e.line === line && messageShape(e.message).join(' ') === messageShape(entry.message).join(' '));
    const first = (await searchFor(page, pasted)).first();
    await expect(first).toContainText(new RegExp(explaining.map((e) => escapeRegExp(e.heading)).join('|')), FIRST);
    await expect(first).toContainText(line.label);
    const shown = (await first.textContent()) ?? '';
    const chosen = explaining.find((e) => shown.startsWith(e.heading))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${chosen.anchor}$`));
    const heading = page.locator(`h3[id="${chosen.anchor.slice(1)}"]`);
    expect(await heading.evaluate(headingText)).toBe(chosen.heading);
  });
}

test('entries that Nest words alike are told apart by heading, each hit naming its line', async ({page}) => {
  const current = lines.find((l) => l.current && l.id.startsWith('nestjs-query'));
  const forFeature = entries.find((e) => e.line === current && /^forFeature without/.test(e.heading));
  if (!current || !forFeature) throw new Error('the current nestjs-query line has no "forFeature without …" entry');
  await openHydrated(page, forFeature.page);
  const options = await searchFor(page, withReaderNames(forFeature.message));
  await expect(options.first()).toContainText(forFeature.heading, FIRST);
  const texts = await options.allInnerTexts();
  expect(texts.length).toBeGreaterThan(1);
  expect(new Set(texts).size, 'each suggestion is told apart by its text').toBe(texts.length);
  for (const text of texts)
    expect(
      lines.some((l) => text.includes(l.label)),
      `"${text}" names its line`,
    ).toBe(true);
});

test('a message explained only on another line is found there, with that line named', async ({page}) => {
  const eloquent = lines.find((l) => l.id.startsWith('eloquent') && !l.current);
  const nest = lines.find((l) => l.current && l.id.startsWith('nestjs-query'));
  const entry = entries.find((e) => e.line === nest && /migration failed/i.test(e.heading));
  if (!eloquent || !nest || !entry) throw new Error('expected an older eloquent line and the nestjs-query "A migration failed" entry');
  await openHydrated(page, eloquent.pages[0].path);
  const first = (await searchFor(page, variantsOf(entry).find((v) => v.kind === 'reworded')?.text ?? entry.message)).first();
  await expect(first).toContainText(entry.heading, FIRST);
  await expect(first).toContainText(nest.label);
});

test('a pasted message that no entry explains lists the troubleshooting entries of the line', async ({page}) => {
  const line = lines.find((l) => l.current && l.id.startsWith('nestjs-query'));
  if (!line) throw new Error('no current nestjs-query line');
  await openHydrated(page, line.pages[0].path);
  const options = await searchFor(page, 'Segmentation fault (core dumped)');
  const headings = entries.filter((e) => e.line === line).map((e) => e.heading);
  await expect(options).toHaveCount(headings.length, FIRST);
  const texts = await options.allInnerTexts();
  headings.forEach((heading, i) => expect(texts[i]).toContain(heading));
});

test('the results page lists each section once', async ({page}) => {
  await page.goto('/search/?q=connection');
  const results = page.getByRole('article').getByRole('heading', {level: 2}).getByRole('link');
  await expect(results.first()).toBeVisible();
  const targets = await results.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href.replace(/\?[^#]*/, '')));
  expect(targets.length).toBeGreaterThan(5);
  expect(targets.filter((target, i) => targets.indexOf(target) !== i)).toEqual([]);
});
