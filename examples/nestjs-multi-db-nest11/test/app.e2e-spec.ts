import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import {
  MUSIC_DB_CONNECTION,
  SECRET_DB_CONNECTION,
} from '../src/database/database.constants';
import { emptyTables } from './empty-tables';
import { assertThrowawayDatabases } from './throwaway-databases';
import { useWorkerDatabases } from './worker-databases';

// Whether a table exists, asked of that connection's own database.
async function hasTable(dataSource: DataSource, table: string) {
  const queryRunner = dataSource.createQueryRunner();
  try {
    return await queryRunner.hasTable(table);
  } finally {
    await queryRunner.release();
  }
}

describe('the app on two connections (e2e)', () => {
  let app: INestApplication;
  let music: DataSource;
  let secret: DataSource;

  // #region set-up
  beforeAll(async () => {
    // Importing AppModule has ConfigModule read .env: check after that.
    assertThrowawayDatabases();
    await useWorkerDatabases();
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
    // Each connection's DataSource, by the name it was registered with.
    music = app.get(getDataSourceToken(MUSIC_DB_CONNECTION));
    secret = app.get(getDataSourceToken(SECRET_DB_CONNECTION));
  });

  // Every test starts on empty tables. The migrations ran when each
  // connection opened (migrationsRun), so the tables are there.
  beforeEach(async () => {
    await emptyTables(music);
    await emptyTables(secret);
  });

  // Closes both connections, so Jest exits by itself (no open handles).
  afterAll(() => app.close());
  // #endregion set-up

  const graphql = (query: string, variables: object = {}) =>
    request(app.getHttpServer())
      .post('/graphql')
      .send({ query, variables })
      .expect(200);

  // #region secret-lands-in-secret
  it('stores a secret created through GraphQL in the secret database only', async () => {
    const { body } = await graphql(
      `
        mutation ($name: String!) {
          createOneSecret(input: { secret: { name: $name, value: "s3cr3t" } }) {
            id
          }
        }
      `,
      { name: 'api-key' },
    );
    expect(body.errors).toBeUndefined();

    expect(await secret.query('SELECT name, value FROM secrets')).toEqual([
      { name: 'api-key', value: 's3cr3t' },
    ]);
    expect(await hasTable(music, 'secrets')).toBe(false);
  });
  // #endregion secret-lands-in-secret

  it('stores an artist created through GraphQL in the music database only', async () => {
    const { body } = await graphql(`
      mutation {
        createOneArtist(input: { artist: { name: "Nina Simone" } }) {
          id
        }
      }
    `);
    expect(body.errors).toBeUndefined();

    expect(await music.query('SELECT name FROM artists')).toEqual([
      { name: 'Nina Simone' },
    ]);
    expect(await hasTable(secret, 'artists')).toBe(false);
  });

  it('starts each test on empty databases', async () => {
    const { body } = await graphql(`
      {
        secrets {
          totalCount
        }
        artists {
          totalCount
        }
      }
    `);
    expect(body.data).toEqual({
      secrets: { totalCount: 0 },
      artists: { totalCount: 0 },
    });
  });
});
