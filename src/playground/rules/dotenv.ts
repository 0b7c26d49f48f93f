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
  /** The line that sets each key's value (the last one, when a key is set twice). */
  lineOf: Record<string, number>;
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
  const lineOf = Object.fromEntries([...keyLines].filter(([key]) => key in values).map(([key, at]) => [key, at[at.length - 1]]));
  return {values, ignoredLines, duplicates, lineOf};
}

function sameValues(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

/** What a shared link carries instead of a secret. */
export const MASK = '***';

// DB_PASSWORD, PG_PWD, JWT_SECRET, API_TOKEN, SIGNING_KEY; not SECRET_DB_URL (a connection's URL).
const SECRET_NAME = /(PASSWORD|PASSWD|PWD|SECRET|TOKEN|KEY)$/i;
// scheme://user:password@host; greedy up to the host's @, so an unencoded @ in a password is covered.
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^\s:@/?#]*):([^\s/?#]+)@/gi;
const ASSIGNMENT = /^(\s*(?:export\s+)?[\w.-]+\s*(?:=|:\s))\s*(["'`]?)(.*)$/;

export interface EnvSecret {
  /** 1-based line number in the text. */
  line: number;
  /** The key the line sets, or null (a URL in a comment). */
  key: string | null;
  /** The whole value of a key named like a secret, or the password inside a URL. */
  what: 'value' | 'url-password';
}

export interface MaskedEnv {
  /** The text with every secret replaced by MASK (line endings made \n). */
  text: string;
  secrets: EnvSecret[];
}

/**
 * Replaces the secrets in `.env` text: the value of every key named like a secret, and the
 * password of every URL (comments too). A line found verbatim in `published` (the example's own
 * .env) is no secret: it is in the example for anyone to read.
 */
export function maskSecrets(text: string, published = ''): MaskedEnv {
  const known = new Set(published.replace(/\r\n?/g, '\n').split('\n'));
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  const secrets: EnvSecret[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (known.has(raw)) {
      out.push(raw);
      continue;
    }
    const key = raw.trim().startsWith('#') ? undefined : Object.keys(parse(raw))[0];
    const assignment = ASSIGNMENT.exec(raw);
    if (key && assignment && SECRET_NAME.test(key) && parse(raw)[key] !== '') {
      const [, head, quote, rest] = assignment;
      // A quoted value that does not close on its line runs to the line that closes it.
      let last = i;
      if (quote && !rest.includes(quote)) {
        const closing = lines.findIndex((line, j) => j > i && line.includes(quote));
        if (closing !== -1) last = closing;
      }
      out.push(`${head}${MASK}`);
      secrets.push({line: i + 1, key, what: 'value'});
      i = last;
      continue;
    }
    let found = false;
    out.push(
      raw.replace(URL_PASSWORD, (_match, userinfo: string) => {
        found = true;
        return `${userinfo}:${MASK}@`;
      }),
    );
    if (found) secrets.push({line: i + 1, key: key ?? null, what: 'url-password'});
  }
  return {text: out.join('\n'), secrets};
}
