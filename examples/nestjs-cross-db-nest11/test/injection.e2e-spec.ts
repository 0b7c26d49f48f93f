// Injecting more than repositories: which connection each token gives.
import assert from 'node:assert/strict';
import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import {
  getDataSourceToken,
  getEntityManagerToken,
  getRepositoryToken,
  TypeOrmModule,
} from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ArtistEntity } from '../src/artist/artist.entity';
import { SECRET_DB_CONNECTION } from '../src/database/database.constants';
import { DatabaseOptions } from '../src/database/database.options';
import {
  CHECKED_CONNECTIONS,
  CheckedConnections,
} from '../src/health/health.providers';
import { OutboxMessageEntity } from '../src/outbox/outbox-message.entity';
import { ReceivedMessageEntity } from '../src/outbox/received-message.entity';
import { SecretEntity } from '../src/secret/secret.entity';
import { startApp, TestApp } from './app';

describe('injecting connections', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t.app.close());

  it('the tokens the guide lists', () => {
    assert.equal(getDataSourceToken(), DataSource);
    assert.equal(getDataSourceToken(SECRET_DB_CONNECTION), 'secretDataSource');
    assert.equal(
      getEntityManagerToken(SECRET_DB_CONNECTION),
      'secretEntityManager',
    );
    assert.equal(
      getRepositoryToken(SecretEntity, SECRET_DB_CONNECTION),
      'secret_SecretEntityRepository',
    );
  });

  it('getDataSourceToken(name) in a factory gives each connection', () => {
    const [[musicName, music], [secretName, secret]] =
      t.app.get<CheckedConnections>(CHECKED_CONNECTIONS);
    assert.deepEqual(
      [musicName, secretName],
      ['default', SECRET_DB_CONNECTION],
    );
    assert.equal(music, t.music);
    assert.equal(secret, t.secret);
    assert.notEqual(music, secret);
  });

  it("@InjectEntityManager(name) is that connection's manager", () => {
    assert.equal(
      t.app.get(getEntityManagerToken(SECRET_DB_CONNECTION)),
      t.secret.manager,
    );
    assert.equal(t.app.get(getEntityManagerToken()), t.music.manager);
  });

  it('autoLoadEntities: each entity joins the connection its forFeature names', () => {
    const names = (dataSource: DataSource) =>
      dataSource.entityMetadatas.map((m) => m.name).sort();
    assert.deepEqual(
      names(t.music),
      [ArtistEntity.name, OutboxMessageEntity.name].sort(),
    );
    assert.deepEqual(
      names(t.secret),
      [ReceivedMessageEntity.name, SecretEntity.name].sort(),
    );
  });

  it('useExisting with the name on forRootAsync, and the options class from an imported module', async () => {
    // #region use-existing
    @Module({ providers: [DatabaseOptions], exports: [DatabaseOptions] })
    class DatabaseOptionsModule {}

    @Module({
      imports: [
        ConfigModule.forRoot({ isGlobal: true }),
        TypeOrmModule.forRootAsync({
          name: SECRET_DB_CONNECTION,
          imports: [DatabaseOptionsModule],
          useExisting: DatabaseOptions,
        }),
      ],
    })
    class SecretOnlyModule {}
    // #endregion use-existing
    const app = await NestFactory.createApplicationContext(SecretOnlyModule, {
      logger: false,
    });
    const secret = app.get<DataSource>(
      getDataSourceToken(SECRET_DB_CONNECTION),
    );
    assert.equal(secret.name, SECRET_DB_CONNECTION);
    assert.ok(secret.isInitialized);
    await app.close();
  });
});
