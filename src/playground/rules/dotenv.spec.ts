import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {maskSecrets, parseEnv} from './dotenv';

// The playground parses `.env` with dotenv itself; these pin down the behaviour readers rely on.

test('plain assignments, blank lines and comments', () => {
  const env = parseEnv('# app\nDB_CONNECTION=sqlite\n\nDB_TEST_CONNECTION=sqlite_test # trailing comment\n');
  expect(env.values).toEqual({DB_CONNECTION: 'sqlite', DB_TEST_CONNECTION: 'sqlite_test'});
  expect(env.ignoredLines).toEqual([]);
  expect(env.duplicates).toEqual([]);
});

test('quotes: single, double and backtick, with # and spaces kept inside', () => {
  const env = parseEnv(`A='single # not a comment'\nB="double  spaced"\nC=\`back\`\nD=" padded "\nE=unquoted value   `);
  expect(env.values).toEqual({A: 'single # not a comment', B: 'double  spaced', C: 'back', D: ' padded ', E: 'unquoted value'});
});

test('an empty value is an empty string, not a missing key', () => {
  expect(parseEnv('DB_PASSWORD=\nPG_PASSWORD=""').values).toEqual({DB_PASSWORD: '', PG_PASSWORD: ''});
});

test('export prefixes are accepted', () => {
  expect(parseEnv('export DB_CONNECTION=pg\nexport   PG_NAME=app').values).toEqual({DB_CONNECTION: 'pg', PG_NAME: 'app'});
});

test('multi-line values in double quotes, and \\n escapes, are not reported as ignored lines', () => {
  const text = 'KEY="-----BEGIN-----\nline two\n-----END-----"\nESCAPED="a\\nb"\nNEXT=1';
  const env = parseEnv(text);
  expect(env.values.KEY).toBe('-----BEGIN-----\nline two\n-----END-----');
  expect(env.values.ESCAPED).toBe('a\nb');
  expect(env.values.NEXT).toBe('1');
  expect(env.ignoredLines).toEqual([]);
});

test('malformed lines are skipped by dotenv and reported with their line numbers', () => {
  const env = parseEnv('DB_CONNECTION=sqlite\nthis line has no equals sign\n= no key\nPG_NAME=app\n');
  expect(env.values).toEqual({DB_CONNECTION: 'sqlite', PG_NAME: 'app'});
  expect(env.ignoredLines).toEqual([
    {line: 2, text: 'this line has no equals sign'},
    {line: 3, text: '= no key'},
  ]);
});

test('a key set twice: dotenv keeps the last value, and both lines are reported', () => {
  const env = parseEnv('DB_CONNECTION=mysql\nDB_NAME=a\nDB_CONNECTION=pg\n');
  expect(env.values.DB_CONNECTION).toBe('pg');
  expect(env.duplicates).toEqual([{key: 'DB_CONNECTION', lines: [1, 3]}]);
});

test('Windows line endings parse like Unix ones', () => {
  expect(parseEnv('A=1\r\nB=2\r\n').values).toEqual({A: '1', B: '2'});
});

test("the guide's .env parses completely, with every credential key", () => {
  const text = fs.readFileSync('examples/eloquent-multi-connection/.env.example', 'utf8');
  const env = parseEnv(text);
  expect(env.ignoredLines).toEqual([]);
  expect(env.duplicates).toEqual([]);
  const assigned = text
    .split('\n')
    .filter((line) => /^[A-Z_]+=/.test(line))
    .map((line) => line.split('=')[0]);
  expect(assigned.length).toBeGreaterThan(20);
  expect(Object.keys(env.values)).toEqual(assigned);
  expect(env.values).toMatchObject({DB_CONNECTION: 'sqlite', DB_TEST_CONNECTION: 'sqlite_test', DB_PASSWORD: '', MONGO_URI: 'mongodb://127.0.0.1:27017'});
});

test('the line that sets each key is known; for a key set twice, the last one', () => {
  expect(parseEnv('# a\nA=1\n\nB=2\nA=3\n').lineOf).toEqual({A: 5, B: 4});
});

test('secrets are masked: values of keys named like secrets, passwords in URLs (comments too)', () => {
  const text = [
    'DB_PASSWORD=s3cret',
    'export  PG_PASSWORD = "two words" # trailing',
    'MUSIC_DB_URL=postgres://app:p@ss@db:5432/music',
    '# SECRET_DB_URL=mysql://root:rootpw@vault/secrets',
    'SECRET_DB_URL=mysql://root@vault/secrets',
    'PRIVATE_KEY="-----BEGIN-----',
    'abcdef',
    '-----END-----"',
    'JWT_SECRET=x',
    'API_TOKEN: t0k',
    'EMPTY_PASSWORD=',
    'NEXT=1',
  ].join('\n');
  const {text: masked, secrets} = maskSecrets(text);
  expect(masked).toBe(
    [
      'DB_PASSWORD=***',
      'export  PG_PASSWORD =***',
      'MUSIC_DB_URL=postgres://app:***@db:5432/music',
      '# SECRET_DB_URL=mysql://root:***@vault/secrets',
      'SECRET_DB_URL=mysql://root@vault/secrets',
      'PRIVATE_KEY=***',
      'JWT_SECRET=***',
      'API_TOKEN: ***',
      'EMPTY_PASSWORD=',
      'NEXT=1',
    ].join('\n'),
  );
  expect(secrets).toEqual([
    {line: 1, key: 'DB_PASSWORD', what: 'value'},
    {line: 2, key: 'PG_PASSWORD', what: 'value'},
    {line: 3, key: 'MUSIC_DB_URL', what: 'url-password'},
    {line: 4, key: null, what: 'url-password'},
    {line: 6, key: 'PRIVATE_KEY', what: 'value'},
    {line: 9, key: 'JWT_SECRET', what: 'value'},
    {line: 10, key: 'API_TOKEN', what: 'value'},
  ]);
  for (const leaked of ['s3cret', 'two words', 'p@ss', 'rootpw', 'abcdef', 'END', 't0k']) expect(masked).not.toContain(leaked);
  // What the routing reads stays: the user, host and database of each URL.
  expect(parseEnv(masked).values).toMatchObject({MUSIC_DB_URL: 'postgres://app:***@db:5432/music', SECRET_DB_URL: 'mysql://root@vault/secrets', NEXT: '1'});
});

test("a line the example's own .env has is no secret; the same key with another value is", () => {
  const published = fs.readFileSync('examples/eloquent-multi-connection/.env.example', 'utf8');
  expect(maskSecrets(published, published)).toEqual({text: published.replace(/\r\n?/g, '\n'), secrets: []});
  const edited = published.replace('PG_PASSWORD=postgres', 'PG_PASSWORD=hunter2');
  expect(maskSecrets(edited, published).secrets).toEqual([{line: edited.split('\n').indexOf('PG_PASSWORD=hunter2') + 1, key: 'PG_PASSWORD', what: 'value'}]);
  // Without the published text, the example's own passwords count as secrets too.
  expect(maskSecrets(published).secrets.map((s) => s.key)).toEqual(['PG_PASSWORD', 'PG_TEST_PASSWORD']);
});
