// The playground's setup in a link: `#playground=1.<base64url of JSON>`. A link is data from
// anyone, so decoding checks every field and returns plain strings; nothing in it is ever markup.
import {MAX_ENV_CHARS} from '../rules/dotenv';

export const LINK_PARAM = 'playground';
const VERSION = '1';
const MAX_PINS = 50;
const MAX_NAME = 64;

export interface PlaygroundLinkState {
  /** Which preset the link was made from (a page's playground). */
  preset: string;
  env: string;
  /** Model name (or `Model#control`) → chosen connection, or null for none. */
  pins: Record<string, string | null>;
  test: boolean;
}

export type DecodedLink = {ok: true; state: PlaygroundLinkState} | {ok: false; error: string};

/** The URL hash (without `#`) carrying `state`. */
export function encodeLinkState(state: PlaygroundLinkState): string {
  const json = JSON.stringify({p: state.preset, e: state.env, m: state.pins, t: state.test ? 1 : 0});
  return `${LINK_PARAM}=${VERSION}.${toBase64Url(new TextEncoder().encode(json))}`;
}

/** Reads a URL hash (with or without `#`): null when it carries no playground setup. */
export function decodeLinkState(hash: string): DecodedLink | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(LINK_PARAM);
  if (raw === null) return null;
  const fail = (error: string): DecodedLink => ({ok: false, error});
  const [version, payload] = raw.split('.', 2);
  if (version !== VERSION || !payload) return fail('The link is not a playground link this page can read.');
  if (payload.length > MAX_ENV_CHARS * 3) return fail('The link is too long.');
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', {fatal: true}).decode(fromBase64Url(payload)));
  } catch {
    return fail('The link is damaged: its setup cannot be decoded.');
  }
  if (!isRecord(data)) return fail('The link is damaged: its setup is not an object.');
  const {p, e, m, t} = data;
  if (typeof p !== 'string' || p.length > MAX_NAME) return fail('The link does not say which playground it is for.');
  if (typeof e !== 'string') return fail('The link carries no .env text.');
  if (e.length > MAX_ENV_CHARS) return fail(`The link's .env is ${e.length} characters; the playground takes at most ${MAX_ENV_CHARS}.`);
  if (t !== 0 && t !== 1) return fail('The link has no valid test-mode setting.');
  if (!isRecord(m)) return fail('The link has no valid model pins.');
  const entries = Object.entries(m);
  if (entries.length > MAX_PINS) return fail('The link has too many model pins.');
  for (const [model, pin] of entries) {
    if (model.length > MAX_NAME || (pin !== null && (typeof pin !== 'string' || pin.length > MAX_NAME))) {
      return fail('The link has an invalid model pin.');
    }
  }
  // fromEntries defines own properties: a "__proto__" key stays a key, never a prototype.
  const pins = Object.fromEntries(entries) as Record<string, string | null>;
  return {ok: true, state: {preset: p, env: e, pins, test: t === 1}};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
