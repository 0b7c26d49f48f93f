/** How many of the input's adjacent word pairs appear, as written, in `text`. */
export function phraseScore(input: string, text: string): number {
  const words = input.toLowerCase().split(/\s+/).filter(Boolean);
  const haystack = text.toLowerCase().replace(/\s+/g, ' ');
  return words.slice(1).filter((word, i) => haystack.includes(`${words[i]} ${word}`)).length;
}
