import {test, expect} from '@playwright/test';
import initSqlJs from 'sql.js';
import * as worker from './playground-worker.js';

// The playground's worker logic, run on sql.js in Node (in the browser the same createRunner()
// runs inside a Web Worker).
const limits = {maxRows: 50, maxCell: 40, maxSql: 10_000};
const schema = 'CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL);';

async function runner() {
  return worker.createRunner(await initSqlJs());
}

test('a database opens with its schema, takes rows and answers queries', async () => {
  const r = await runner();
  r.open('mysql', undefined, schema);
  const insert = r.exec('mysql', 'INSERT INTO users (name) VALUES (?)', ['Ada'], limits);
  expect(insert).toMatchObject({result: null, statements: 1, changes: 1});
  const select = r.exec('mysql', 'SELECT id, name FROM users', undefined, limits);
  expect(select.result).toEqual({columns: ['id', 'name'], rows: [[1, 'Ada']], total: 1});
});

test('databases under different keys are separate', async () => {
  const r = await runner();
  r.open('a', undefined, schema);
  r.open('b', undefined, schema);
  r.exec('a', "INSERT INTO users (name) VALUES ('only in a')", undefined, limits);
  expect(r.exec('b', 'SELECT count(*) AS n FROM users', undefined, limits).result!.rows).toEqual([[0]]);
});

test('a huge result returns its first rows and the full count', async () => {
  const r = await runner();
  r.open('db', undefined, '');
  const out = r.exec('db', 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n', undefined, limits);
  expect(out.result!.total).toBe(100_000);
  expect(out.result!.rows).toHaveLength(50);
  expect(out.result!.rows[49]).toEqual([50]);
});

test('long text and blobs are shortened, not shipped whole', async () => {
  const r = await runner();
  r.open('db', undefined, '');
  const out = r.exec('db', "SELECT printf('%.*c', 100000, 'x') AS big, zeroblob(4096) AS bin, NULL AS empty", undefined, limits);
  expect(out.result!.rows[0]).toEqual([`${'x'.repeat(40)}… (100000 characters)`, '<blob, 4096 bytes>', null]);
});

test('bad SQL throws the engine message and the batch before it is undone', async () => {
  const r = await runner();
  r.open('db', undefined, schema);
  r.exec('db', "INSERT INTO users (name) VALUES ('kept')", undefined, limits);
  expect(() => r.exec('db', "INSERT INTO users (name) VALUES ('undone'); SELEC 1", undefined, limits)).toThrow('near "SELEC": syntax error');
  expect(() => r.exec('db', 'INSERT INTO users (name) VALUES (NULL)', undefined, limits)).toThrow('NOT NULL constraint failed: users.name');
  expect(r.exec('db', 'SELECT name FROM users', undefined, limits).result!.rows).toEqual([['kept']]);
});

test('bad SQL in the first batch after open, before any copy was saved, leaves the schema alone', async () => {
  const r = await runner();
  r.open('db', undefined, schema);
  expect(() => r.exec('db', "INSERT INTO users (name) VALUES ('undone'); SELEC 1", undefined, limits)).toThrow('near "SELEC": syntax error');
  expect(r.exec('db', 'SELECT count(*) AS n FROM users', undefined, limits).result!.rows).toEqual([[0]]);
});

test('the bytes of the last good state rebuild the database in a fresh engine', async () => {
  const first = await runner();
  first.open('db', undefined, schema);
  first.exec('db', "INSERT INTO users (name) VALUES ('survivor')", undefined, limits);
  const bytes = first.save('db');
  const second = await runner();
  second.open('db', bytes);
  expect(second.exec('db', 'SELECT name FROM users', undefined, limits).result!.rows).toEqual([['survivor']]);
});

test('SQL longer than the limit is refused before it reaches the engine', async () => {
  const r = await runner();
  r.open('db', undefined, '');
  expect(() => r.exec('db', `SELECT '${'y'.repeat(20_000)}'`, undefined, limits)).toThrow('the limit is 10000');
});

test('a database that is not open is an error, not a new database', async () => {
  const r = await runner();
  expect(() => r.exec('nowhere', 'SELECT 1', undefined, limits)).toThrow('No database "nowhere" is open.');
});
