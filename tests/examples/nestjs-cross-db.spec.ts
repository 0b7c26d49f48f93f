// The examples that list the "cross-db" suite in their handbook.json (examples/nestjs-cross-db and
// its NestJS 11 copy) over HTTP, as a reader runs them: the transaction and outbox mutations, what
// bad input gets (both databases read directly), artist { secrets } across connections with its
// query count, and the example's own `npm test`. Tagged @servers: .ci/run runs them again with
// MUSIC_DB_URL / SECRET_DB_URL on PostgreSQL + MariaDB.
import fs from 'node:fs';
import path from 'node:path';
import {extractRegion} from '../../src/lib/regions';
import {listExamples} from '../../tools/examples.mjs';
import {mistakeMessages as currentMistakes} from '../../examples/nestjs-cross-db/mistakes/messages';
import {mistakeMessages as nest11Mistakes} from '../../examples/nestjs-cross-db-nest11/mistakes/messages';
import {expect, test, uniqueName} from './support/nestjs-fixtures';
import {connectionHealth} from '../../tools/health.mjs';
import {exampleDir, freePort, startExample} from '../../tools/exampleApp.mjs';
import {graphql, graphqlData} from './support/graphql';
import {expectGuideToQuote} from './support/guides';

interface CrossDbExpectations {
  /** folder (from the repository root) of the three guides that show the example */
  pages: string;
  /** what each program in the example's mistakes/ prints */
  mistakes: Record<string, {quoted: string[]}>;
}

const expected: Record<string, CrossDbExpectations> = {
  'nestjs-cross-db': {
    pages: 'docs/nestjs-query',
    mistakes: currentMistakes,
  },
  'nestjs-cross-db-nest11': {
    pages: 'nestjs-query_versioned_docs/version-9.x-nest11',
    mistakes: nest11Mistakes,
  },
};

const crossDbExamples = listExamples()
  .filter((example) => example.description.suites?.includes('cross-db'))
  .map(({name}) => {
    if (!expected[name])
      throw new Error(`examples/${name}/handbook.json lists the "cross-db" suite, but ${path.basename(__filename)} has no expectations for it`);
    return {name, ...expected[name]};
  });

const addSecrets = `mutation($input: AddSecrets!) { addSecrets(input: $input) { id name artistId } }`;
const createArtist = `mutation($name: String!) { createOneArtist(input: {artist: {name: $name}}) { id } }`;
const createWithSecrets = `mutation($input: CreateArtistWithSecrets!) {
  createArtistWithSecrets(input: $input) { artist { id name secrets { name } } delivery { state attempts lastError } } }`;

async function queryCounts(url: string): Promise<Record<string, number>> {
  const connections = connectionHealth(await (await fetch(`${url}/health`)).json());
  return Object.fromEntries(connections.map((c) => [c.name, c.queries ?? 0]));
}

const hundredArtists = `{ artists(paging: {first: 100}, sorting: [{field: id, direction: ASC}]) { edges { node { id secrets { name } } } } }`;

/** 100 artists with 2 secrets each, then the query, counted per connection. */
async function countHundred(example: string, batching: 'on' | 'off') {
  const app = await startExample(example, batching === 'off' ? {RELATION_BATCHING: 'off'} : {});
  try {
    for (let i = 0; i < 100; i++) {
      await graphqlData(app.url, createWithSecrets, {
        input: {
          name: `artist ${i}`,
          secrets: [
            {name: 'a', value: '1'},
            {name: 'b', value: '2'},
          ],
        },
      });
    }
    const before = await queryCounts(app.url);
    const {artists} = await graphqlData(app.url, hundredArtists);
    const after = await queryCounts(app.url);
    expect(artists.edges).toHaveLength(100);
    expect(artists.edges.every((e: {node: {secrets: unknown[]}}) => e.node.secrets.length === 2)).toBe(true);
    // Less the SELECT 1 that the first /health sent on each connection after reading its count.
    return {music: after.default - before.default - 1, secret: after.secret - before.secret - 1};
  } finally {
    await app.stop();
  }
}

for (const {name: example, pages, mistakes} of crossDbExamples) {
  test.describe(example, {tag: '@servers'}, () => {
    test.use({example});

    test('addSecrets writes several rows or none, checked in the secret database', async ({app, databases}) => {
      const name = uniqueName('tx');
      const {createOneArtist} = await graphqlData(app.url, createArtist, {name});
      const artistId = Number(createOneArtist.id);
      const {addSecrets: written} = await graphqlData(app.url, addSecrets, {
        input: {
          artistId,
          secrets: [
            {name: 'label', value: 'a'},
            {name: 'agent', value: 'b'},
          ],
        },
      });
      expect(written).toHaveLength(2);
      const refused = await graphql(app.url, addSecrets, {
        input: {
          artistId,
          secrets: [
            {name: 'lawyer', value: 'c'},
            {name: 'label', value: 'd'},
          ],
        },
      });
      expect(refused.errors?.[0].message).toMatch(
        new RegExp(`^Artist ${artistId} would have two secrets of the same name \\(QueryFailedError: .+\\): no secret was written\\.$`),
      );
      expect(await databases.secret.count('secrets', 'artistId', String(artistId))).toBe(2);
      expect(await databases.secret.count('secrets', 'name', 'lawyer')).toBe(0);
    });

    test('bad input gets a GraphQL error and changes neither database', async ({app, databases}) => {
      const before = {
        artists: await databases.music.rowCount('artists'),
        outbox: await databases.music.rowCount('outbox'),
        secrets: await databases.secret.rowCount('secrets'),
      };
      const cases: [string, Record<string, unknown>, string][] = [
        [addSecrets, {input: {artistId: 999999, secrets: [{name: 'a', value: 'b'}]}}, 'Artist 999999 does not exist: no secret was written.'],
        [addSecrets, {input: {artistId: 1, secrets: [{name: 'a'}]}}, 'Field "value" of required type "String!" was not provided.'],
        [addSecrets, {input: {artistId: 'one', secrets: [{name: 'a', value: 'b'}]}}, 'Int cannot represent non-integer value: "one"'],
        [addSecrets, {input: {artistId: 1, secrets: []}}, 'secrets must contain at least 1 elements'],
        [addSecrets, {input: {artistId: 1, secrets: [{name: '', value: 'b'}]}}, 'secrets.0.name should not be empty'],
        [addSecrets, {input: {artistId: 1, secrets: [{name: 'a', value: 'a\u0000b'}]}}, 'secrets.0.value must not contain a NUL character'],
        [createWithSecrets, {input: {name: '', secrets: [{name: 'a', value: 'b'}]}}, 'name should not be empty'],
        [createWithSecrets, {input: {name: 'x'}}, 'Field "secrets" of required type "[SecretInput!]!" was not provided.'],
      ];
      for (const [query, variables, message] of cases) {
        const response = await graphql(app.url, query, variables);
        const said = response.errors?.flatMap((e) => [e.message, ...[e.extensions?.originalError?.message ?? []].flat()]) ?? [];
        expect(said.join('\n'), JSON.stringify(variables)).toContain(message);
        expectGuideToQuote(path.join(pages, 'transactions.mdx'), message);
        expect(response.data?.addSecrets ?? response.data?.createArtistWithSecrets ?? null).toBeNull();
      }
      expect({
        artists: await databases.music.rowCount('artists'),
        outbox: await databases.music.rowCount('outbox'),
        secrets: await databases.secret.rowCount('secrets'),
      }).toEqual(before);
    });

    test('createArtistWithSecrets: artist and outbox row in music, secrets in secret; a refused second write is marked failed', async ({app, databases}) => {
      const name = uniqueName('outbox');
      const {createArtistWithSecrets: ok} = await graphqlData(app.url, createWithSecrets, {
        input: {
          name,
          secrets: [
            {name: 'label', value: 'a'},
            {name: 'agent', value: 'b'},
          ],
        },
      });
      expect(ok.delivery).toEqual({state: 'delivered', attempts: 0, lastError: null});
      expect(ok.artist.secrets.map((s: {name: string}) => s.name).sort()).toEqual(['agent', 'label']);
      expect(await databases.music.count('artists', 'name', name)).toBe(1);
      expect(await databases.secret.count('secrets', 'artistId', ok.artist.id)).toBe(2);
      expect(await databases.music.tables()).not.toContain('secrets');
      expect(await databases.secret.tables()).not.toContain('outbox');

      const refusedName = uniqueName('refused');
      const {createArtistWithSecrets: refused} = await graphqlData(app.url, createWithSecrets, {
        input: {
          name: refusedName,
          secrets: [
            {name: 'same', value: 'a'},
            {name: 'same', value: 'b'},
          ],
        },
      });
      expect(refused.delivery.state).toBe('failed');
      expect(refused.delivery.lastError).toMatch(/^QueryFailedError: /);
      expect(await databases.music.count('artists', 'name', refusedName)).toBe(1);
      expect(await databases.secret.count('secrets', 'artistId', refused.artist.id)).toBe(0);
      expect(await databases.music.count('outbox', 'state', 'failed')).toBeGreaterThanOrEqual(1);
      // deliverOutbox retries pending messages only: the failed one is not tried again.
      const {deliverOutbox} = await graphqlData(app.url, 'mutation { deliverOutbox { id state } }');
      expect(deliverOutbox).toEqual([]);
      const {outboxMessages} = await graphqlData(app.url, '{ outboxMessages { state attempts lastError } }');
      expect(outboxMessages).toContainEqual({state: 'failed', attempts: 1, lastError: refused.delivery.lastError});
    });

    test('filtering artists by a secret field is not in the schema', async ({app}) => {
      const response = await graphql(
        app.url,
        `
          {
            artists(filter: {secrets: {name: {eq: "label"}}}) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
      );
      const message = 'Field "secrets" is not defined by type "ArtistFilter".';
      expect(response.errors?.[0].message).toBe(message);
      expectGuideToQuote(path.join(pages, 'data-across-databases.mdx'), message);
    });
  });

  test.describe(`${example}: artist { secrets } for 100 artists`, () => {
    test('batched: one query on each connection', async () => {
      expect(await countHundred(example, 'on')).toEqual({music: 1, secret: 1});
    });
    test('with RELATION_BATCHING=off: one query on secret per artist', async () => {
      expect(await countHundred(example, 'off')).toEqual({music: 1, secret: 100});
    });
  });

  test(`${example}: npm start with nothing configured runs on two in-memory sql.js databases, and try-it.graphql works there`, async () => {
    const app = await startExample(example, {});
    try {
      expect(connectionHealth(app.health).map(({name, driver, database, ok}) => ({name, driver, database, ok}))).toEqual([
        {name: 'default', driver: 'sqljs', database: ':memory:', ok: true},
        {name: 'secret', driver: 'sqljs', database: ':memory:', ok: true},
      ]);
      const operations = fs.readFileSync(path.join(exampleDir(example), 'try-it.graphql'), 'utf8');
      const created = await graphqlData(app.url, extractRegion(operations, 'create'));
      expect(created.createArtistWithSecrets).toEqual({artist: {id: '1', name: 'Nina Simone'}, delivery: {state: 'delivered', attempts: 0, lastError: null}});
      expect(created.addSecrets).toEqual([{name: 'lawyer'}]);
      const {artists} = await graphqlData(app.url, extractRegion(operations, 'query'));
      expect(artists.edges).toEqual([
        {
          node: {
            name: 'Nina Simone',
            secrets: [
              {name: 'agent', value: 'Max'},
              {name: 'label', value: 'Colpix'},
              {name: 'lawyer', value: 'Sam'},
            ],
          },
        },
      ]);
    } finally {
      await app.stop();
    }
  });

  test(`${example}: the secret database down at start: the app exits, naming the connection`, async () => {
    // Outages after start leave messages pending; at start there is no app to keep them.
    const port = await freePort();
    const started = startExample(example, {SECRET_DB_URL: `postgres://postgres@127.0.0.1:${port}/secret`});
    await expect(started).rejects.toThrow(
      /exited \(code 1\) before \/health answered[\s\S]*Cannot open the "secret" connection \(postgres, postgres:\/\/127\.0\.0\.1:\d+\/secret\)/,
    );
  });

  // The example's own `npm test` makes each mistake and checks its output (test/mistakes.e2e-spec.ts);
  // npm run matrix runs that suite on sql.js, PostgreSQL and MariaDB. Here: the page quotes them.
  test(`${example}: the page quotes the messages of the mistakes its own tests make`, () => {
    for (const {quoted} of Object.values(mistakes)) {
      for (const line of quoted) expectGuideToQuote(path.join(pages, 'injecting-connections.mdx'), line);
    }
  });
}
