// What a page's first <Snippet> of a file shows, read from the page's source the way the snippet
// plugin reads it (a region, or the whole file), so a test follows the page's choice.
import fs from 'node:fs';
import path from 'node:path';
import {readExample} from '../../../src/plugins/example-regions';

/** The code of the first `<Snippet file="…">` of `file` (relative to examples/) in `page` (a docs source file). */
export function firstSnippetOf(page: string, file: string): string {
  const tag = [...fs.readFileSync(page, 'utf8').matchAll(/<Snippet\b([^>]*)\/>/g)]
    .map((match) => Object.fromEntries([...match[1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])))
    .find((attributes) => attributes.file === file);
  if (!tag) throw new Error(`${page} has no <Snippet file="${file}">`);
  return readExample(path.resolve('examples'), file, tag.region, (message) => {
    throw new Error(message);
  });
}
