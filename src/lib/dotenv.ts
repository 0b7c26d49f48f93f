// `.env` text → values, with dotenv's own parser (the one eloquent-orm.js loads), plus the
// lines dotenv skips without a word, so a reader can be told about them.
// Framework-free: used by the unit tests in Node and by the playground in the browser
// (the browser build resolves dotenv's unused fs/path/os/url requires to empty modules,
// see src/plugins/browser-fallbacks).
import {parse} from 'dotenv';

/** The playground refuses `.env` text longer than this (characters). */
export const MAX_ENV_CHARS = 20_000;

export interface EnvLine {
  /** 1-based line number in the text. */
  line: number;
  text: string;
}

export interface DuplicateKey {
  key: string;
  /** Every line that sets the key, in order; dotenv keeps the value of the last one. */
  lines: number[];
}

export interface ParsedEnv {
  /** What `dotenv.parse` returns for the whole text. */
  values: Record<string, string>;
  /** Lines that are neither blank, a comment, an assignment, nor part of a multi-line value. */
  ignoredLines: EnvLine[];
  duplicates: DuplicateKey[];
}

export function parseEnv(text: string): ParsedEnv {
  const normalized = text.replace(/\r\n?/g, '\n');
  const values = parse(normalized);
  const lines = normalized.split('\n');
  const keyLines = new Map<string, number[]>();
  const ignoredLines: EnvLine[] = [];

  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    // Each line alone, through the same parser: an assignment yields exactly its key.
    const alone = Object.keys(parse(raw));
    if (alone.length > 0) {
      for (const key of alone) keyLines.set(key, [...(keyLines.get(key) ?? []), index + 1]);
      return;
    }
    // A line that yields nothing alone is either inside a multi-line quoted value or skipped
    // by dotenv. Taking it out tells the two apart without re-implementing dotenv's grammar.
    const without = parse([...lines.slice(0, index), ...lines.slice(index + 1)].join('\n'));
    if (sameValues(values, without)) ignoredLines.push({line: index + 1, text: raw});
  });

  const duplicates = [...keyLines].filter(([key, at]) => at.length > 1 && key in values).map(([key, at]) => ({key, lines: at}));
  return {values, ignoredLines, duplicates};
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}
