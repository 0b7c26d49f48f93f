// Transactions on the secret connection: several rows or none, and the two
// ways a write escapes the rollback.
import assert from 'node:assert/strict';
import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import {
  DataSource,
  DataSourceOptions,
  EntityManager,
  Repository,
} from 'typeorm';
import { ArtistEntity } from '../src/artist/artist.entity';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants';
import { describeError } from '../src/database/database-errors';
import { LOCK_TIMEOUT_MS } from '../src/database/database.options';
import { SecretBatchService } from '../src/secret/secret-batch.service';
import { SecretEntity } from '../src/secret/secret.entity';
import { AddSecretsInput } from '../src/secret/secret.input';
import { startApp, TestApp, unique } from './app';

describe('a transaction on the secret connection', () => {
  let t: TestApp;
  let artist: ArtistEntity;
  beforeAll(async () => {
    t = await startApp();
    artist = await t.music.manager.save(
      t.music.manager.create(ArtistEntity, { name: unique('artist') }),
    );
  });
  afterAll(() => t?.app.close());

  const secretsOf = (artistId: number) =>
    t.secret.manager.findBy(SecretEntity, { artistId });

  it('writes every secret, or none when one of them fails', async () => {
    const batches = t.app.get(SecretBatchService);
    const written = await batches.addSecrets({
      artistId: artist.id,
      secrets: [
        { name: 'label', value: 'a' },
        { name: 'agent', value: 'b' },
      ],
    });
    assert.equal(written.length, 2);
    // "lawyer" is fine, "label" exists: the whole batch is rolled back.
    await assert.rejects(
      batches.addSecrets({
        artistId: artist.id,
        secrets: [
          { name: 'lawyer', value: 'c' },
          { name: 'label', value: 'd' },
        ],
      }),
      /two secrets of the same name/,
    );
    const names = (await secretsOf(artist.id)).map((s) => s.name).sort();
    assert.deepEqual(names, ['agent', 'label']);
  });

  it('another refusal of the secret database is not called a duplicate name', async () => {
    const batches = t.app.get(SecretBatchService);
    // Past the input's validation: a secret without a value (NOT NULL).
    await assert.rejects(
      batches.addSecrets({
        artistId: artist.id,
        secrets: [
          { name: unique('no value'), value: null as unknown as string },
        ],
      }),
      (error: BadRequestException) => {
        assert.match(
          error.message,
          /^The secret database refused the secrets of artist \d+ \(QueryFailedError: .+\): no secret was written\.$/,
        );
        return true;
      },
    );
  });

  it('a NUL character in the input is refused before any database sees it', async () => {
    const pipe = new ValidationPipe({ transform: true });
    const input = {
      artistId: artist.id,
      secrets: [{ name: 'label', value: 'a\u0000b' }],
    };
    await assert.rejects(
      pipe.transform(input, { type: 'body', metatype: AddSecretsInput }),
      (error: BadRequestException) => {
        assert.deepEqual(
          (error.getResponse() as { message: string[] }).message,
          ['secrets.0.value must not contain a NUL character'],
        );
        return true;
      },
    );
  });

  it('mistake: the default EntityManager inside it writes outside it', async () => {
    const secretDataSource = t.secret;
    const musicManager = t.music.manager; // what @InjectEntityManager() gives
    const name = unique('escaped');
    // #region mistake-default-manager
    // WRONG: "one transaction" for an artist and its secret. The transaction
    // is the secret connection's; musicManager writes to the other database,
    // outside of it, and commits at once.
    const createArtistWithSecret = () =>
      secretDataSource.transaction(async (manager) => {
        const artist = await musicManager.save(
          musicManager.create(ArtistEntity, { name }),
        );
        await manager.insert(SecretEntity, {
          artistId: artist.id,
          name: 'x',
          value: 'y',
        });
        await manager.insert(SecretEntity, {
          artistId: artist.id,
          name: 'x',
          value: 'z',
        });
      });
    // #endregion mistake-default-manager
    await assert.rejects(createArtistWithSecret());
    const artists = await t.music.manager.findBy(ArtistEntity, { name });
    assert.equal(artists.length, 1, 'the artist escaped the rollback');
    assert.deepEqual(
      await secretsOf(artists[0].id),
      [],
      'its secrets were rolled back',
    );
  });

  it("mistake: the secret connection's own repository inside it is outside it on a server", async () => {
    const secretDataSource: DataSource = t.secret;
    const secretRepository: Repository<SecretEntity> = t.app.get(
      getRepositoryToken(SecretEntity, SECRET_DB_CONNECTION),
    );
    const artistId = artist.id;
    const name = unique('outside');
    // #region mistake-injected-repository
    // WRONG: the injected repository is not bound to the transaction. On
    // PostgreSQL or MySQL it runs on another pooled connection and commits
    // on its own; on sql.js (one connection) it happens to be inside.
    const addTwo = () =>
      secretDataSource.transaction(async (manager: EntityManager) => {
        await secretRepository.insert({ artistId, name, value: 'first' });
        await manager.insert(SecretEntity, { artistId, name, value: 'again' });
      });
    // #endregion mistake-injected-repository
    await assert.rejects(addTwo());
    const left = await t.secret.manager.countBy(SecretEntity, {
      artistId,
      name,
    });
    // sql.js has one connection, so the repository's insert ran inside the
    // transaction; a server driver ran it on another pooled connection.
    assert.equal(left, t.secret.options.type === 'sqljs' ? 0 : 1);
  });

  it('mistake: a write outside the transaction waits for the lock the transaction holds', async () => {
    const secretDataSource = t.secret;
    const secretRepository: Repository<SecretEntity> = t.app.get(
      getRepositoryToken(SecretEntity, SECRET_DB_CONNECTION),
    );
    const { id } = await secretRepository.save(
      secretRepository.create({
        artistId: artist.id,
        name: unique('locked'),
        value: 'a',
      }),
    );
    // #region mistake-lock-wait
    // WRONG: the transaction locks the row, then waits for a write on another
    // pooled connection, which waits for that lock. Neither can go on: the
    // database sees one waiting statement, not a deadlock.
    const changeTwice = () =>
      secretDataSource.transaction(async (manager) => {
        await manager.update(SecretEntity, { id }, { value: 'inside' });
        await secretRepository.update({ id }, { value: 'outside' });
      });
    // #endregion mistake-lock-wait
    const started = Date.now();
    const outcome = changeTwice().then(
      () => 'committed',
      (error: Error) => describeError(error),
    );
    const type = t.secret.options.type;
    if (type === 'sqljs') {
      // One connection: the outside write ran inside the transaction.
      assert.equal(await outcome, 'committed');
      return;
    }
    if (type === 'postgres') {
      // lock_timeout (database.options.ts) ends the wait with an error.
      assert.match(await outcome, /canceling statement due to lock timeout/);
      assert.ok(Date.now() - started >= LOCK_TIMEOUT_MS - 100);
      return;
    }
    // MySQL and MariaDB wait innodb_lock_wait_timeout (50 s by default): the
    // test shows the wait, then ends it.
    const waiting = await Promise.race([
      outcome,
      new Promise((resolve) => setTimeout(() => resolve('waiting'), 3000)),
    ]);
    assert.equal(waiting, 'waiting');
    await t.secret
      .query(
        `SELECT ID FROM information_schema.PROCESSLIST WHERE COMMAND = 'Query' AND INFO LIKE 'UPDATE%secrets%'`,
      )
      .then(async (rows: { ID: number }[]) => {
        assert.equal(rows.length, 1, 'one statement waits for the lock');
        await t.secret.query(`KILL QUERY ${rows[0].ID}`);
      });
    assert.match(await outcome, /interrupted/i);
  });

  it('mistake: a query outside the transaction with one pooled connection waits for that connection', async () => {
    const type = t.secret.options.type;
    const dataSource = new DataSource({
      ...t.secret.options,
      entities: [],
      poolSize: 1,
    } as DataSourceOptions);
    await dataSource.initialize();
    try {
      // #region mistake-pool-of-one
      // WRONG: dataSource.query takes a connection of its own from the pool,
      // while the transaction holds one until the callback returns. With
      // poolSize: 1 there is none left, and the callback never returns.
      const selectOne = () =>
        dataSource.transaction(() => dataSource.query('SELECT 1'));
      // #endregion mistake-pool-of-one
      const outcome = selectOne().then(
        () => 'returned',
        (error: Error) => describeError(error),
      );
      if (type === 'sqljs') {
        assert.equal(await outcome, 'returned'); // one connection, shared
      } else if (type === 'postgres') {
        // connectionTimeoutMillis (database.options.ts) ends the wait.
        assert.match(await outcome, /timeout exceeded when trying to connect/);
      } else {
        const waiting = await Promise.race([
          outcome,
          new Promise((resolve) => setTimeout(() => resolve('waiting'), 3000)),
        ]);
        assert.equal(waiting, 'waiting'); // ended by destroy() below
      }
    } finally {
      await dataSource.destroy();
    }
  });
});
