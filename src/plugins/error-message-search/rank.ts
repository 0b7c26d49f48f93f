// Results in the package's order (each section after its page), then, for a pasted sentence,
// the sections that hold most of it word for word first: two messages that differ in one quoted
// name ("secret_SecretEntityRepository" or "SecretEntityRepository") each find their own entry.
// Of sections that quote it as closely, the one quoting it sooner (its own message, not one
// quoted after another) comes first, then the shorter (an entry, not a table of messages).
import {sortSearchResults as byPage} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/sortSearchResults.js';
import {lastSearchInput} from './tokenize';
import {phrasePosition, phraseScore} from './phrase';

interface Result {
  document: {t: string};
}

export function sortSearchResults(results: Result[]): void {
  byPage(results);
  const input = lastSearchInput();
  if (input.trim().split(/\s+/).length < 3) return;
  const ranked = results
    .map((result, index) => ({result, index, score: phraseScore(input, result.document.t), at: phrasePosition(input, result.document.t)}))
    .sort((a, b) => b.score - a.score || a.at - b.at || (a.score > 0 ? a.result.document.t.length - b.result.document.t.length : 0) || a.index - b.index)
    .map((entry) => entry.result);
  results.splice(0, results.length, ...ranked);
}
