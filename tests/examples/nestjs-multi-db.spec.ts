// The NestJS multi-database examples, running: GraphQL through nestjs-query on both
// connections, and where the rows really end up, checked by opening each database directly.
// On sql.js files by default; on real servers when MUSIC_DB_URL / SECRET_DB_URL are set
// (scripts/examples-on-servers.mjs does that with PostgreSQL and MariaDB, running the tests
// tagged @servers: the ones whose outcome depends on those variables, for the examples whose
// handbook.json lists "servers").
import {expect, test, uniqueName} from './support/nestjs-fixtures';
import {connectionHealth} from '../../tools/health.mjs';
import {graphql, graphqlData} from './support/graphql';
import {musicSecretExamples} from './support/nestjs-examples';

const musicTables = ['artists', 'albums', 'songs', 'genres'];

for (const {name: example, description} of musicSecretExamples) {
  // @mixed: also run with music on a server and secret on sql.js (scripts/examples-on-servers.mjs).
  test.describe(example, {tag: description.servers ? ['@servers', '@mixed'] : []}, () => {
    test.use({example});

    test('GET /health lists each connection with its driver, database and status', async ({app, databases}) => {
      const response = await fetch(`${app.url}/health`);
      expect(response.status).toBe(200);
      const health = await response.json();
      expect(health.status).toBe('ok');
      expect(connectionHealth(health)).toEqual([
        {name: 'default', driver: databases.music.driver, database: databases.music.database, ok: true},
        {name: 'secret', driver: databases.secret.driver, database: databases.secret.database, ok: true},
      ]);
    });

    test('an artist with albums and songs is created and read back through its relations', async ({app, databases}) => {
      const artistName = uniqueName('Nina Simone');
      const genreName = uniqueName('Jazz');
      const {createOneGenre: genre} = await graphqlData(app.url, `mutation ($name: String!) { createOneGenre(input: {genre: {name: $name}}) { id name } }`, {
        name: genreName,
      });
      const {createOneArtist: artist} = await graphqlData(
        app.url,
        `mutation ($name: String!) { createOneArtist(input: {artist: {name: $name}}) { id name } }`,
        {name: artistName},
      );
      const album = async (title: string, year: number) =>
        (
          await graphqlData(
            app.url,
            `mutation ($title: String!, $year: Int, $artistId: ID!) {
              createOneAlbum(input: {album: {title: $title, year: $year, artistId: $artistId}}) { id title }
            }`,
            {title, year, artistId: artist.id},
          )
        ).createOneAlbum;
      const pastel = await album(`${artistName}: Pastel Blues`, 1965);
      const silk = await album(`${artistName}: Silk & Soul`, 1967);
      for (const [title, albumId] of [
        ['Sinnerman', pastel.id],
        ['Be My Husband', pastel.id],
        ['Turning Point', silk.id],
      ]) {
        await graphqlData(
          app.url,
          `mutation ($title: String!, $albumId: ID!, $genreId: ID) {
            createOneSong(input: {song: {title: $title, albumId: $albumId, genreId: $genreId}}) { id }
          }`,
          {title, albumId, genreId: genre.id},
        );
      }

      const {artist: found} = await graphqlData(
        app.url,
        `query ($id: ID!) {
          artist(id: $id) { name albums { title year songs { title genre { name } } } }
        }`,
        {id: artist.id},
      );
      const albums = [...found.albums].sort((a: any, b: any) => a.year - b.year);
      expect(found.name).toBe(artistName);
      expect(albums.map((a: any) => [a.title, a.year])).toEqual([
        [pastel.title, 1965],
        [silk.title, 1967],
      ]);
      expect(albums[0].songs.map((s: any) => s.title).sort()).toEqual(['Be My Husband', 'Sinnerman']);
      expect(albums[1].songs).toEqual([{title: 'Turning Point', genre: {name: genreName}}]);

      // Filtering on a relation: the artists that have an album with this title.
      const {artists} = await graphqlData(
        app.url,
        `query ($title: String!) { artists(filter: {albums: {title: {eq: $title}}}) { totalCount edges { node { id name } } } }`,
        {title: silk.title},
      );
      expect(artists.totalCount).toBe(1);
      expect(artists.edges[0].node).toEqual({id: artist.id, name: artistName});

      // The rows are in the music database, and the secret database has no music tables at all.
      expect(await databases.music.count('artists', 'name', artistName)).toBe(1);
      expect(await databases.music.count('albums', 'title', silk.title)).toBe(1);
      expect(await databases.music.count('genres', 'name', genreName)).toBe(1);
      expect(await databases.music.tables()).toEqual(expect.arrayContaining(musicTables));
      for (const table of musicTables) expect(await databases.secret.tables()).not.toContain(table);
    });

    test('artists are filtered and paged through the nestjs-query API', async ({app}) => {
      const prefix = uniqueName('Paged');
      const names = ['A', 'B', 'C', 'D', 'E'].map((letter) => `${prefix} ${letter}`);
      for (const name of names) {
        await graphqlData(app.url, `mutation ($name: String!) { createOneArtist(input: {artist: {name: $name}}) { id } }`, {name});
      }
      const page = async (after?: string) =>
        (
          await graphqlData(
            app.url,
            `query ($like: String!, $after: ConnectionCursor) {
              artists(filter: {name: {like: $like}}, sorting: [{field: name, direction: ASC}], paging: {first: 2, after: $after}) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { node { name } }
              }
            }`,
            {like: `${prefix}%`, after},
          )
        ).artists;
      const first = await page();
      const second = await page(first.pageInfo.endCursor);
      const third = await page(second.pageInfo.endCursor);
      expect(first.totalCount).toBe(5);
      expect([first, second, third].map((p) => p.edges.map((e: any) => e.node.name))).toEqual([names.slice(0, 2), names.slice(2, 4), names.slice(4)]);
      expect([first, second, third].map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);

      const {artists: picked} = await graphqlData(
        app.url,
        `query ($names: [String!]!) { artists(filter: {name: {in: $names}}, sorting: [{field: name, direction: DESC}]) { edges { node { name } } } }`,
        {names: [names[0], names[3]]},
      );
      expect(picked.edges.map((e: any) => e.node.name)).toEqual([names[3], names[0]]);
    });

    test('secrets are written and read through the secret connection, and only there', async ({app, databases}) => {
      const prefix = uniqueName('api-key');
      const created = [];
      for (const suffix of ['one', 'two', 'three']) {
        const {createOneSecret} = await graphqlData(
          app.url,
          `mutation ($name: String!, $value: String!) {
            createOneSecret(input: {secret: {name: $name, value: $value}}) { id name value createdAt }
          }`,
          {name: `${prefix} ${suffix}`, value: `value ${suffix}`},
        );
        created.push(createOneSecret);
      }
      expect(created[0]).toMatchObject({name: `${prefix} one`, value: 'value one'});
      expect(Number.isNaN(Date.parse(created[0].createdAt))).toBe(false);

      const {secrets} = await graphqlData(
        app.url,
        `query ($like: String!) {
          secrets(filter: {name: {like: $like}}, sorting: [{field: name, direction: ASC}], paging: {first: 2}) {
            totalCount pageInfo { hasNextPage } edges { node { name value } }
          }
        }`,
        {like: `${prefix}%`},
      );
      expect(secrets.totalCount).toBe(3);
      expect(secrets.pageInfo.hasNextPage).toBe(true);
      expect(secrets.edges.map((e: any) => e.node)).toEqual([
        {name: `${prefix} one`, value: 'value one'},
        {name: `${prefix} three`, value: 'value three'},
      ]);
      const {secret} = await graphqlData(app.url, `query ($id: ID!) { secret(id: $id) { name } }`, {id: created[1].id});
      expect(secret).toEqual({name: `${prefix} two`});

      // In the secret database, and the music database has no secrets table at all.
      for (const {name} of created) expect(await databases.secret.count('secrets', 'name', name)).toBe(1);
      expect(await databases.secret.tables()).toContain('secrets');
      expect(await databases.music.tables()).not.toContain('secrets');
    });

    test('invalid input gets a GraphQL error with a clear message and changes nothing', async ({app, databases}) => {
      const name = uniqueName('rejected');
      const secretsBefore = await databases.secret.rowCount('secrets');
      const albumsBefore = await databases.music.rowCount('albums');
      const messageOf = async (query: string, variables: Record<string, unknown> = {}) => {
        const response = await graphql(app.url, query, variables);
        expect(response.errors, `expected ${query} to fail`).toBeDefined();
        expect(response.data?.createOneSecret ?? response.data?.createOneAlbum ?? null).toBeNull();
        return response.errors![0];
      };

      // A required field left out.
      expect((await messageOf(`mutation { createOneSecret(input: {secret: {value: "x"}}) { id } }`)).message).toBe(
        'Field "CreateSecret.name" of required type "String!" was not provided.',
      );
      // A value of the wrong type, inline and through a variable.
      expect((await messageOf(`mutation { createOneSecret(input: {secret: {name: 42, value: "x"}}) { id } }`)).message).toBe(
        'String cannot represent a non string value: 42',
      );
      expect(
        (
          await messageOf(`mutation ($year: Int) { createOneAlbum(input: {album: {title: "x", year: $year, artistId: "1"}}) { id } }`, {
            year: 'nineteen sixty-five',
          })
        ).message,
      ).toBe('Variable "$year" got invalid value "nineteen sixty-five"; Int cannot represent non-integer value: "nineteen sixty-five"');
      // A filter on a field that is not filterable (SecretDTO.value is a plain @Field).
      expect((await messageOf(`{ secrets(filter: {value: {eq: "x"}}) { totalCount } }`)).message).toContain(
        'Field "value" is not defined by type "SecretFilter".',
      );
      // A value GraphQL accepts but the input's class-validator rules do not.
      const empty = await messageOf(`mutation ($name: String!) { createOneSecret(input: {secret: {name: $name, value: ""}}) { id } }`, {name});
      expect(JSON.stringify(empty)).toContain('value should not be empty');

      expect(await databases.secret.count('secrets', 'name', name)).toBe(0);
      expect(await databases.secret.rowCount('secrets')).toBe(secretsBefore);
      expect(await databases.music.rowCount('albums')).toBe(albumsBefore);
    });
  });
}
