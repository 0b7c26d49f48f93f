import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {parseEnv} from '../../src/lib/dotenv';

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
