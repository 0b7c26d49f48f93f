import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {createSlugger} from '@docusaurus/utils';
import {plainHeading} from '../../src/plugins/agent-skills/troubleshooting';
import {readExample} from '../../src/plugins/example-regions';
import {docsSourceFiles, withoutCode} from './support/docs-pages';

// What a reader meets first on every guide page of every line: the answer ("In short", with
// code from an example), then the detail; internals and the making of the site kept out of the
// main line; wrong code in a box that offers nothing to copy.
const root = process.cwd();
const pages = docsSourceFiles(root).map((file) => ({file: path.relative(root, file), source: fs.readFileSync(file, 'utf8')}));
const body = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/, '');
const words = (text: string) => text.split(/\s+/).filter((w) => w && !/^import\b/.test(w)).length;

/** The `## name` section of a page, without its heading; undefined when there is none. */
function section(source: string, name: string): string | undefined {
  return new RegExp(`^## ${name}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(source)?.[1];
}

test('there are guide pages to check', () => {
  expect(pages.length).toBeGreaterThan(20);
});

for (const {file, source} of pages) {
  test(`${file}: opens with "In short", 3 to 6 sentences and code cut from an example`, () => {
    const text = body(source);
    const h2 = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(h2[0], 'the first ## heading').toBe('In short');
    const beforeIt = text.slice(text.indexOf('\n# '), text.indexOf('\n## In short'));
    const lead = beforeIt.replace(/^# .*$/m, '').replace(/^import .*$/gm, '');
    expect(words(lead), 'words between the title and "In short"').toBeLessThanOrEqual(70);
    const inShort = section(text, 'In short')!;
    expect(inShort).toMatch(/<Snippet(Diff)? [^>]*\/>/);
    const prose = inShort.replace(/<Snippet(Diff)? [^>]*\/>/g, '').replace(/`[^`]*`/g, 'Code');
    const sentences = prose.split(/(?<=[.!?:])\s+(?=[A-Z0-9])/).filter((s) => /\w/.test(s));
    expect(sentences.length, prose).toBeGreaterThanOrEqual(3);
    expect(sentences.length, prose).toBeLessThanOrEqual(6);
  });

  test(`${file}: package internals only in a "Why" note`, () => {
    const mainLine = body(source).replace(/^:::note\[Why[^\]]*\]\n[\s\S]*?^:::$/gm, '');
    // `dist/` alone is the app's own build folder; `dist/<file>` is inside a package.
    expect(withoutCode(mainLine)).not.toMatch(/dist\/[\w-]/);
  });

  test(`${file}: says nothing about how the site was made`, () => {
    expect(withoutCode(body(source))).not.toMatch(/cannot be installed|library index|the index (holds|keeps)|build environment/i);
  });

  test(`${file}: wrong code sits in a danger box without a copy button`, () => {
    const lines = source.split('\n');
    lines.forEach((line, i) => {
      const m = /^<Snippet ([^>]*)\/>$/.exec(line);
      if (!m) return;
      const file = /file="([^"]+)"/.exec(m[1])![1];
      const region = /region="([^"]+)"/.exec(m[1])?.[1];
      const whole = fs.readFileSync(path.join(root, 'examples', file), 'utf8');
      const shown = readExample(path.join(root, 'examples'), file, region, (message) => {
        throw new Error(message);
      });
      const wrong = /\bWRONG\b/.test(shown) || (/(^|\/)mistakes\//.test(file) && /\bWRONG\b/.test(whole));
      if (!wrong) return;
      expect(m[1], `line ${i + 1}`).toMatch(/(^|\s)noCopy(\s|$)/);
      const opened = lines
        .slice(0, i)
        .reverse()
        .find((l) => /^:::/.test(l));
      expect(opened, `line ${i + 1} is inside a :::danger box`).toMatch(/^:::danger\b/);
    });
  });
}

// A troubleshooting section that moved to a page of its own leaves, under the old heading, one
// mark per entry with the entry's old id, beside a link to it (src/clientModules/movedAnchors.ts).
const moved = pages.filter(({file}) => fs.existsSync(path.join(root, path.dirname(file), `troubleshooting-${path.basename(file)}`)));

test('the longest guides have their troubleshooting on a page of their own', () => {
  expect(moved.map(({file}) => file).sort()).toEqual([
    'docs/eloquent/multi-connection-strategy.mdx',
    'docs/nestjs-query/multi-tenant.mdx',
    'docs/nestjs-query/multiple-databases.mdx',
    'eloquent_versioned_docs/version-1.0.x/multi-connection-strategy.mdx',
    'nestjs-query_versioned_docs/version-0.30.x/multiple-databases.mdx',
    'nestjs-query_versioned_docs/version-9.x-nest11/multi-tenant.mdx',
    'nestjs-query_versioned_docs/version-9.x-nest11/multiple-databases.mdx',
  ]);
});

for (const {file, source} of moved) {
  test(`${file}: every moved troubleshooting entry keeps its old anchor, linked to its new place`, () => {
    const target = `troubleshooting-${path.basename(file)}`;
    const entries = section(fs.readFileSync(path.join(root, path.dirname(file), target), 'utf8'), 'Troubleshooting')!;
    const slugger = createSlugger();
    // As Docusaurus makes heading ids: `db:seed` is a text directive to it, so `:seed` is not in the id.
    const ids = [...entries.matchAll(/^### (.+)$/gm)].map((m) => slugger.slug(plainHeading(m[1]).replace(/(?<=\w):[a-z][\w-]*/gi, '')));
    expect(ids.length).toBeGreaterThan(3);
    const marks = [...section(source, 'Troubleshooting')!.matchAll(/^- <span id="([^"]+)" data-moved="" \/>\[[^\]]+\]\(([^)]+)\)$/gm)];
    expect(marks.map((m) => m[1])).toEqual(ids);
    for (const [, id, href] of marks) expect(href).toBe(`./${target}#${id}`);
    expect(section(source, 'Troubleshooting')).not.toMatch(/^### /m);
  });
}
