// Query words cut the way the search index cut the page text (lunr: split on spaces and hyphens,
// non-word characters trimmed from both ends), from a pasted message's own words (normalize.ts:
// no logger prefix, stack line, host or the reader's names, which the index cannot hold), repeated
// words and stop words left out so that the 12 words the worker keeps are the telling ones. The last word stays even if it is a stop
// word: the reader may still be typing it ("for" on the way to "forFeature").
import lunr from 'lunr';
import {queryText} from './normalize';

let lastInput = '';

/** The text of the latest search, for rank.ts (both run in the same search worker). */
export function lastSearchInput(): string {
  return lastInput;
}

export function tokenize(text: string): string[] {
  const words = queryText(text)
    .toLowerCase()
    .split(/[\s-]+/)
    .map((word) => word.replace(/^\W+/, '').replace(/\W+$/, ''))
    .filter(Boolean);
  const seen = new Set<string>();
  const tokens = words.filter((word, i) => {
    if (seen.has(word)) return false;
    seen.add(word);
    return i === words.length - 1 || lunr.stopWordFilter(word) !== undefined;
  });
  // A search without words (the box just focused) ends before ranking: keep the last real one.
  if (tokens.length) lastInput = text;
  return tokens;
}
