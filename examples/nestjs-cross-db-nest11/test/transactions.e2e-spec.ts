// Transactions on the secret connection: several rows or none, and the two
// ways a write escapes the rollback.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { getRepositoryToken } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { ArtistEntity } from '../src/artist/artist.entity';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants';
import { SecretBatchService } from '../src/secret/secret-batch.service';
import { SecretEntity } from '../src/secret/secret.entity';
import { AddSecretsInput } from '../src/secret/secret.input';
import { startApp, TestApp, unique } from './app';

describe('a transaction on the secret connection', () => {
  let t: TestApp;
  let artist: ArtistEntity;
  before(async () => {
    t = await startApp();
    artist = await t.music.manager.save(
      t.music.manager.create(ArtistEntity, { name: unique('artist') }),
    );
  });
  after(() => t?.app.close());

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
});
