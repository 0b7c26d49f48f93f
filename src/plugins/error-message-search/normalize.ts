// A pasted error message cut to what its author (Nest, TypeORM, the driver, the example) wrote:
// readers paste it with their logger's prefix, colours, stack lines, paths, hosts and ports, and
// with their own class, token, connection and table names where the page shows the example's.
// Search matches the fixed words; ranking also compares the shape of each name (a token with a
// connection prefix, a repository, a data source), which is what tells Nest's messages apart.

const NOISE: RegExp[] = [
  // ANSI colours, with or without the escape character that a copy from a terminal may drop.
  // eslint-disable-next-line no-control-regex -- the escape character is what a colour starts with
  /\u001b\[[0-9;]*[A-Za-z]/g,
  /\[[0-9;]{1,8}m/g,
  // Nest's logger: "[Nest] 1234  - 12/05/2026, 9:14:02 AM   ERROR [TypeOrmModule]".
  /\[Nest\]\s+\d+\s+-\s+/g,
  /\b(?:LOG|ERROR|WARN|DEBUG|VERBOSE|FATAL)\s+\[[\w.-]+\]\s*/g,
  /\+\d+ms\b/g,
  // Stack lines: "at SecretService.find (/app/dist/x.js:1:2)", "at /app/dist/main.js:3:4".
  /\bat\s+(?:async\s+)?(?:new\s+)?[\w$.<>]+(?:\s+\[as [\w$]+\])?\s+\([^)]*\)/g,
  /\bat\s+(?:file:\/\/)?(?:node:|\/|[A-Za-z]:\\)\S*/g,
  // Dates and times: ISO stamps, "12/05/2026,", "9:14:02 AM".
  /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4},?/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?\b/g,
  // URLs, paths, hosts and ports.
  /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi,
  /(?:^|\s)(?:[A-Za-z]:\\|~?\/|\.\.?\/)[^\s"'`()]+/g,
  /\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g,
  /\[?::1\]?(?::\d+)?/g,
  /\b(?:localhost|[\w-]+(?:\.[\w-]+)+):\d{2,5}\b/g,
];

/** The message without logger prefixes, colours, stack lines, timestamps, paths, hosts and ports. */
export function cleanMessage(text: string): string {
  return NOISE.reduce((rest, pattern) => rest.replace(pattern, ' '), text)
    .replace(/\s+/g, ' ')
    .trim();
}

interface Word {
  text: string;
  /** A name the reader chose: quoted, in parentheses alone, or shaped like an identifier. */
  name: boolean;
}

// A single quote opens and closes only next to a non-letter: "doesn't" holds no quote.
const QUOTED = /"([^"]*)"|(?<!\w)'([^'\s][^']*)'(?!\w)|`([^`]*)`|“([^”]*)”|‘([^’]*)’/g;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  const plain = (part: string) => {
    for (const raw of part.split(/[\s]+/)) {
      const lone = /^\((\w+)\)[.:,;]*$/.exec(raw);
      const text = trim(raw);
      if (text) words.push({text, name: Boolean(lone) || isIdentifier(text)});
    }
  };
  for (const match of text.matchAll(QUOTED)) {
    plain(text.slice(last, match.index));
    const inner = match.slice(1).find((group) => group !== undefined) ?? '';
    for (const part of inner.split(/\s+/)) if (trim(part)) words.push({text: trim(part), name: true});
    last = match.index + match[0].length;
  }
  plain(text.slice(last));
  return words;
}

function trim(word: string): string {
  return word.replace(/^\W+/, '').replace(/\W+$/, '');
}

/** camelCase, PascalCase with two humps or more, snake_case, or digits; not an error class. */
function isIdentifier(word: string): boolean {
  return /[a-z][A-Z]|[A-Z]{2}[a-z]|_|\d/.test(word) && !/^[A-Z]+$/.test(word) && !/(?:Error|Exception)$/.test(word);
}

/**
 * The words a search for `text` should require: when a pasted message keeps at least three of
 * its author's own words, the reader's names and numbers are left out (they are not in the
 * index); a short query (a name typed on purpose) keeps every word.
 */
export function queryText(text: string): string {
  const words = wordsOf(cleanMessage(text));
  const fixed = words.filter((word) => !word.name);
  const telling = new Set(fixed.map((word) => word.text.toLowerCase()).filter((word) => word.length > 3));
  return (telling.size >= 3 ? fixed : words).map((word) => word.text).join(' ');
}

/**
 * The message as a sequence of words to compare: fixed words lower-cased, each name replaced by
 * its shape ("secret_SecretEntityRepository" → "‹x_repository›", "secretDataSource" →
 * "‹source›", a number → "‹0›"), so two messages that differ only in the reader's names compare
 * equal, and the two that Nest words alike but with a different kind of token do not.
 */
export function messageShape(text: string): string[] {
  return wordsOf(cleanMessage(text)).map(({text: word, name}) => (name ? shapeOf(word) : word.toLowerCase()));
}

function shapeOf(name: string): string {
  if (/^\d+$/.test(name)) return '‹0›';
  const humps = name.split(/_|(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/).filter(Boolean);
  const last = humps.length > 1 ? humps[humps.length - 1].toLowerCase().replace(/\d+/g, '') || 'x' : 'x';
  return `‹${name.includes('_') && humps.length > 2 ? 'x_' : ''}${last}›`;
}
