import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {serverType} from '../../../../examples/nestjs-multi-db/src/database/database-url';
import {connectionKeys, resolveNestConnections, type NestEntity} from './connections';

// The music/secret connections of examples/nestjs-multi-db, as the playground models them.
const entities: NestEntity[] = [
  {name: 'Artist', relations: [{property: 'albums', entity: 'Album'}]},
  {
    name: 'Album',
    relations: [
      {property: 'artist', entity: 'Artist'},
      {property: 'songs', entity: 'Song'},
    ],
  },
  {
    name: 'Song',
    relations: [
      {property: 'album', entity: 'Album'},
      {property: 'genre', entity: 'Genre'},
    ],
  },
  {name: 'Genre', relations: [{property: 'songs', entity: 'Song'}]},
  {name: 'Secret', connectionName: 'secret'},
];
const source = (file: string) => fs.readFileSync(`examples/nestjs-multi-db/src/database/${file}`, 'utf8');
const keys = connectionKeys(source('database.config.ts'), source('database.constants.ts'));
const route = (envText: string, models = entities) => resolveNestConnections({envText, models, keys});
/** What the example's own code throws for this URL. */
const thrownBy = (url: string) => {
  try {
    serverType(url);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${url} is accepted by the example`);
};

test("the variable names come from the example's config and constants", () => {
  expect(keys).toEqual({default: {url: 'MUSIC_DB_URL', file: 'MUSIC_DB_FILE'}, secret: {url: 'SECRET_DB_URL', file: 'SECRET_DB_FILE'}});
  expect(() => connectionKeys(source('database.config.ts').replace('process.env.SECRET_DB_URL', 'SECRET'), source('database.constants.ts'))).toThrow(
    '"secret" connection',
  );
});

test('no URL and no file: two separate in-memory sql.js databases; Secret alone on secret', () => {
  const r = route('');
  expect(r.routes.map((x) => [x.model, x.connection, x.reason])).toEqual([
    ['Artist', 'default', 'default'],
    ['Album', 'default', 'default'],
    ['Song', 'default', 'default'],
    ['Genre', 'default', 'default'],
    ['Secret', 'secret', 'pinned'],
  ]);
  expect(r.targets.default).toMatchObject({driver: 'sqljs', database: {value: 'in memory', from: null}});
  expect(r.targets.default.databaseKey).not.toBe(r.targets.secret.databaseKey);
  expect(r.warnings).toEqual([]);
});

test('MUSIC_DB_FILE and SECRET_DB_FILE give each connection its own file', () => {
  const r = route('MUSIC_DB_FILE=./data/music.sqlite\nSECRET_DB_FILE=./data/secret.sqlite');
  expect(r.targets.default.database).toEqual({value: './data/music.sqlite', from: 'MUSIC_DB_FILE'});
  expect(r.targets.secret.database).toEqual({value: './data/secret.sqlite', from: 'SECRET_DB_FILE'});
  expect(r.warnings).toEqual([]);
});

test('a URL picks the server and database, never showing the password', () => {
  const r = route('MUSIC_DB_URL=postgres://app:s3cret@db:5432/music\nSECRET_DB_URL=mariadb://vault:pw@vault-db:3306/secrets');
  expect(r.targets.default).toMatchObject({driver: 'postgres', database: {value: 'music', from: 'MUSIC_DB_URL'}, label: 'music on db:5432'});
  expect(r.targets.secret).toMatchObject({driver: 'mariadb', label: 'secrets on vault-db:3306'});
  expect(JSON.stringify([r.targets, r.routes, r.warnings])).not.toContain('s3cret');
});

test('a URL wins over a file for the same connection, and the reader is told', () => {
  const r = route('SECRET_DB_URL=mysql://root@localhost/secrets\nSECRET_DB_FILE=secret.sqlite');
  expect(r.targets.secret.driver).toBe('mysql');
  expect(r.warnings.map((w) => w.code)).toEqual(['url-and-file']);
});

test('an unsupported scheme is the error the example throws, and the app does not start', () => {
  const r = route('SECRET_DB_URL=redis://cache:6379/0');
  expect(r.targets.secret.error).toContain(thrownBy('redis://cache:6379/0'));
  expect(thrownBy('redis://cache:6379/0')).toBe('Unsupported database URL "redis://...": use postgres://, mysql:// or mariadb://');
  expect(r.routes.find((x) => x.model === 'Secret')!.error).toContain('redis:');
  expect(r.warnings.map((w) => w.code)).toEqual(['connection-error']);
});

test("a URL that is not a URL cannot open, in the playground's words naming the variable and its line", () => {
  const r = route('# music\nMUSIC_DB_URL=postgres//app:pw@db/music\nSECRET_DB_URL=mysql://root@vault/%zz');
  expect(r.targets.default.error).toBe(
    'MUSIC_DB_URL on line 2 is not a URL: write it as scheme://user@host:port/database, with postgres://, mysql:// or mariadb:// (the "default" connection cannot open).',
  );
  expect(r.targets.secret.error).toBe('SECRET_DB_URL on line 3 has a database name with a broken %-escape (the "secret" connection cannot open).');
  expect(r.warnings.map((w) => w.code)).toEqual(['connection-error', 'connection-error']);
  expect(JSON.stringify([r.targets, r.routes, r.warnings])).not.toContain('pw@');
});

test('both connections on one database: the secrets sit with the music data', () => {
  const r = route('MUSIC_DB_FILE=./shared.sqlite\nSECRET_DB_FILE=shared.sqlite');
  expect(r.targets.default.databaseKey).toBe(r.targets.secret.databaseKey);
  expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([['shared-database', 'warning']]);
});

test('Secret registered without a connection name lands on default', () => {
  const r = route(
    '',
    entities.map((e) => (e.name === 'Secret' ? {...e, connectionName: null} : e)),
  );
  expect(r.routes.find((x) => x.model === 'Secret')).toMatchObject({connection: 'default', reason: 'default', error: null});
});

test('moving Album to secret splits relations across connections: TypeORM refuses to start', () => {
  const r = route(
    '',
    entities.map((e) => (e.name === 'Album' ? {...e, connectionName: 'secret'} : e)),
  );
  const errors = r.warnings.filter((w) => w.code === 'cross-connection-relation').map((w) => w.model);
  expect(errors).toEqual(['Artist', 'Album', 'Album', 'Song']);
  expect(r.routes.find((x) => x.model === 'Album')!.error).toContain('Entity metadata for AlbumEntity#artist was not found');
  expect(r.routes.find((x) => x.model === 'Genre')!.error).toBeNull();
});

test('a connection name that does not exist is an error', () => {
  const r = route('', [{name: 'Secret', connectionName: 'vault'}]);
  expect(r.warnings.map((w) => w.code)).toEqual(['unknown-connection']);
  expect(r.routes[0]).toMatchObject({connection: 'default', error: 'No connection named "vault".'});
});
