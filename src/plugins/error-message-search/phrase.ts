/** How many of the input's adjacent word pairs appear, as written, in `text`. */
export function phraseScore(input: string, text: string): number {
  const words = input.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = text.toLowerCase().replace(/\s+/g, ' ');
  return words.slice(1).filter((word, i) => haystack.includes(`${words[i]} ${word}`)).length;
}

/** Where in `text` the input's first adjacent word pair that it holds starts (Infinity: none). */
export function phrasePosition(input: string, text: string): number {
  const words = input.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = text.toLowerCase().replace(/\s+/g, ' ');
  const at = words
    .slice(1)
    .map((word, i) => haystack.indexOf(`${words[i]} ${word}`))
    .filter((i) => i >= 0);
  return at.length ? Math.min(...at) : Infinity;
}
