import {test, expect} from '@playwright/test';
import {siteSearch} from './support/site-search';
import {entriesOf, variantsOf, type Entry} from './support/message-variants';
import {messageShape} from '../../src/plugins/error-message-search/normalize';

// Every troubleshooting message of every line, pasted as readers paste it (their own names, the
// logger's prefix, colours, a stack line, the database's own wording), lands on its entry as the
// first suggestion of the search box on that line's pages. Run with the site's own search code over
// the built index files (support/site-search.ts); the browser tests in search-errors.spec.ts
// check that the search box shows the same.

test('pasted messages land on their troubleshooting entry, on every line', async () => {
  const search = await siteSearch();
  const entries = entriesOf(search.lines);
  expect(new Set(entries.map((entry) => entry.line.id))).toEqual(
    new Set(search.lines.filter((line) => line.pages.some((p) => p.entries?.length)).map((l) => l.id)),
  );
  const misses: string[] = [];
  const figures = new Map<string, {verbatim: [number, number]; realistic: [number, number]}>();
  for (const entry of entries) {
    // Where two entries of one line quote the same message up to the names in it, either one explains it.
    const shape = messageShape(entry.message).join(' ');
    const explaining = entries.filter((e) => e.line === entry.line && messageShape(e.message).join(' ') === shape);
    const reader = entry.page;
    for (const variant of variantsOf(entry)) {
      const [first] = await search.suggest(reader, variant.text);
      const hit = Boolean(first) && explaining.some((e) => samePage(e, first.document.u) && e.anchor === first.document.h);
      const tally = figures.get(entry.line.id) ?? {verbatim: [0, 0], realistic: [0, 0]};
      const bucket = variant.kind === 'verbatim' ? tally.verbatim : tally.realistic;
      bucket[0] += Number(hit);
      bucket[1] += 1;
      figures.set(entry.line.id, tally);
      if (!hit)
        misses.push(
          `${entry.page} › ${entry.heading} (${variant.kind}): first is ${first ? `${first.document.u}${first.document.h ?? ''} "${first.document.t.slice(0, 80)}"` : 'nothing'}\n    pasted: ${variant.text}`,
        );
    }
  }
  for (const [line, {verbatim, realistic}] of figures) {
    console.log(`${line}: verbatim hits@1 ${verbatim[0]}/${verbatim[1]}, realistic hits@1 ${realistic[0]}/${realistic[1]}`);
  }
  expect(misses, misses.join('\n')).toEqual([]);
});

test("a pasted message that no entry explains lists the entries of the reader's line", async () => {
  const search = await siteSearch();
  for (const line of search.lines) {
    const pages = line.pages.filter((page) => page.entries?.length);
    if (!pages.length) continue;
    const shown = await search.suggest(pages[0].path, 'Segmentation fault (core dumped)');
    expect(shown.map((r) => `${r.document.u}${r.document.h}`)).toEqual(pages.flatMap((page) => page.entries?.map((e) => `${page.path}${e.anchor}`) ?? []));
  }
});

function samePage(entry: Entry, url: string): boolean {
  return entry.page.replace(/\/$/, '') === url.replace(/\/$/, '');
}
