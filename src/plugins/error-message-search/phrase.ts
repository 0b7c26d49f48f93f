import {messageShape} from './normalize';

/**
 * How closely `text` quotes the pasted `input`: its adjacent word pairs found in `text`, compared
 * by shape (the reader's names stand for the kind of name they are), plus less than one more for
 * the reader's names `text` holds as written (an entry that quotes "RootTestModule" beats one
 * quoting "NestjsQueryGraphQLModule" for a message naming the first).
 */
export function phraseScore(input: string, text: string): number {
  const words = messageShape(input);
  const haystack = shapeOfText(text);
  const pairs = words.slice(1).filter((word, i) => haystack.includes(` ${words[i]} ${word} `)).length;
  const written = new Set(text.toLowerCase().split(/[^\w$]+/));
  const names = new Set(input.match(/\b\w*(?:[a-z][A-Z]|_)\w*\b/g) ?? []);
  const held = [...names].filter((name) => written.has(name.toLowerCase())).length;
  return pairs + held / (names.size + 1);
}

// The same sections come back query after query: each is cut into its shape once.
const shapes = new Map<string, string>();

function shapeOfText(text: string): string {
  let shape = shapes.get(text);
  if (shape === undefined) {
    if (shapes.size > 5000) shapes.clear();
    shape = ` ${messageShape(text).join(' ')} `;
    shapes.set(text, shape);
  }
  return shape;
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
