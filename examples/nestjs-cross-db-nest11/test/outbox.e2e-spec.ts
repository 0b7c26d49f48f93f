// One operation, two databases: two transactions are not one, and what the
// outbox does when the second write fails, cannot run, or runs twice.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArtistEntity } from '../src/artist/artist.entity';
import { ArtistWithSecretsService } from '../src/outbox/artist-with-secrets.service';
import { OutboxMessageEntity } from '../src/outbox/outbox-message.entity';
import {
  MAX_DELIVERY_ATTEMPTS,
  OUTBOX_RETENTION_DAYS,
  OutboxRelay,
} from '../src/outbox/outbox-relay.service';
import { ReceivedMessageEntity } from '../src/outbox/received-message.entity';
import { SecretEntity } from '../src/secret/secret.entity';
import { startApp, TestApp, unique } from './app';

// A restart has to find the data again: sql.js keeps it in files here.
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cross-db-'));
for (const role of ['MUSIC', 'SECRET']) {
  if (!process.env[`${role}_DB_URL`] && !process.env[`${role}_DB_FILE`]) {
    process.env[`${role}_DB_FILE`] = path.join(
      folder,
      `${role.toLowerCase()}.sqlite`,
    );
  }
}

const DAY = 24 * 60 * 60 * 1000;

describe('one operation, two databases', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(async () => {
    await t?.app.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const artistNamed = (name: string) =>
    t.music.manager.findOneBy(ArtistEntity, { name });
  const secretsOf = (artistId: number) =>
    t.secret.manager.countBy(SecretEntity, { artistId });
  const messageNumbered = (id: number) =>
    t.music.manager.findOneByOrFail(OutboxMessageEntity, { id });

  it('two transactions are not one: the first commit stays when the second fails', async () => {
    const musicDataSource = t.music;
    const secretDataSource = t.secret;
    const name = unique('half');
    // #region two-transactions
    // Each DataSource commits on its own. When the secret transaction fails,
    // the artist has been committed already, and nothing rolls it back.
    const createBoth = async () => {
      const artist = await musicDataSource.transaction((manager) =>
        manager.save(manager.create(ArtistEntity, { name })),
      );
      await secretDataSource.transaction(async (manager) => {
        await manager.insert(SecretEntity, {
          artistId: artist.id,
          name: 'a',
          value: '1',
        });
        await manager.insert(SecretEntity, {
          artistId: artist.id,
          name: 'a',
          value: '2',
        });
      });
    };
    // #endregion two-transactions
    await assert.rejects(createBoth());
    const artist = await artistNamed(name);
    assert.ok(artist, 'the artist stayed');
    assert.equal(await secretsOf(artist.id), 0);
  });

  it('the outbox carries the secrets into the secret database', async () => {
    const name = unique('outbox');
    const { artist, delivery } = await t.app
      .get(ArtistWithSecretsService)
      .create({
        name,
        secrets: [
          { name: 'label', value: 'a' },
          { name: 'agent', value: 'b' },
        ],
      });
    assert.equal(delivery.state, 'delivered');
    assert.equal(await secretsOf(artist.id), 2);
    assert.ok(
      await t.secret.manager.existsBy(ReceivedMessageEntity, {
        outboxId: delivery.id,
      }),
    );
  });

  it('a delivered message keeps no secret value in the music database', async () => {
    const { delivery } = await t.app.get(ArtistWithSecretsService).create({
      name: unique('cleared'),
      secrets: [{ name: 'label', value: 'kept-apart' }],
    });
    assert.equal(delivery.state, 'delivered');
    const stored = await t.music.manager.findOneByOrFail(OutboxMessageEntity, {
      id: delivery.id,
    });
    assert.equal(stored.payload, null);
  });

  it('the retention purges old delivered messages and their receipts, never a pending one', async () => {
    const service = t.app.get(ArtistWithSecretsService);
    const relay = t.app.get(OutboxRelay);
    const { delivery: old } = await service.create({
      name: unique('old'),
      secrets: [{ name: 'label', value: 'a' }],
    });
    // Applied in the secret database, but still pending in the music one (the
    // process stopped in between): its receipt must stay.
    const { delivery: stuck } = await service.create({
      name: unique('stuck'),
      secrets: [{ name: 'label', value: 'b' }],
    });
    await t.music.manager.update(
      OutboxMessageEntity,
      { id: stuck.id },
      { state: 'pending' },
    );
    const longAgo = new Date(Date.now() - (OUTBOX_RETENTION_DAYS + 1) * DAY);
    for (const id of [old.id, stuck.id]) {
      await t.music.manager.update(
        OutboxMessageEntity,
        { id },
        { createdAt: longAgo },
      );
      await t.secret.manager.update(
        ReceivedMessageEntity,
        { outboxId: id },
        { receivedAt: longAgo },
      );
    }
    await relay.purge();
    const left = async (id: number) => ({
      message: await t.music.manager.existsBy(OutboxMessageEntity, { id }),
      receipt: await t.secret.manager.existsBy(ReceivedMessageEntity, {
        outboxId: id,
      }),
    });
    assert.deepEqual(await left(old.id), { message: false, receipt: false });
    assert.deepEqual(await left(stuck.id), { message: true, receipt: true });
    await relay.deliverPending(); // the receipt makes it delivered, once
    assert.equal((await messageNumbered(stuck.id)).state, 'delivered');
  });

  it('a constraint violation in the second write marks the message failed, not retried', async () => {
    const name = unique('refused');
    const { artist, delivery } = await t.app
      .get(ArtistWithSecretsService)
      .create({
        name,
        secrets: [
          { name: 'same', value: 'a' },
          { name: 'same', value: 'b' },
        ],
      });
    assert.equal(delivery.state, 'failed');
    assert.match(delivery.lastError!, /QueryFailedError/);
    assert.ok(
      await artistNamed(name),
      'the artist is there, without its secrets',
    );
    assert.equal(await secretsOf(artist.id), 0);
    await t.app.get(OutboxRelay).deliverPending();
    const again = await messageNumbered(delivery.id);
    assert.equal(again.state, 'failed');
    assert.equal(again.attempts, 1);
  });

  it('a message that fails every time is tried MAX_DELIVERY_ATTEMPTS times, then dead-lettered', async () => {
    const relay = t.app.get(OutboxRelay);
    await t.secret.destroy(); // down for as long as the message is tried
    try {
      let message = (
        await t.app.get(ArtistWithSecretsService).create({
          name: unique('poison'),
          secrets: [{ name: 'label', value: 'a' }],
        })
      ).delivery;
      // One more run than the cap allows: the last must change nothing.
      for (let run = 0; run < MAX_DELIVERY_ATTEMPTS; run++) {
        message = await relay.deliver(message);
      }
      assert.equal(message.state, 'failed');
      assert.equal(message.attempts, MAX_DELIVERY_ATTEMPTS);
      assert.ok(message.lastError, 'keeps the last error');
      const again = await relay.deliverPending();
      assert.ok(!again.some((m) => m.id === message.id), 'not tried again');
    } finally {
      await t.secret.initialize();
    }
  });

  it('a payload that cannot be read is dead-lettered at its first attempt', async () => {
    const broken = await t.music.manager.save(
      t.music.manager.create(OutboxMessageEntity, {
        topic: 'secrets.add',
        payload: '{"artistId": 1, "secrets": [',
      }),
    );
    const message = await t.app.get(OutboxRelay).deliver(broken);
    assert.equal(message.state, 'failed');
    assert.equal(message.attempts, 1);
    assert.match(message.lastError!, /^SyntaxError: /);
  });

  it('data the secret database cannot store is dead-lettered at its first attempt', async () => {
    // Past the input's validation (an older message, another producer): a NUL
    // character, which PostgreSQL refuses in text (SQLSTATE 22021).
    const { artist, delivery } = await t.app
      .get(ArtistWithSecretsService)
      .create({
        name: unique('nul'),
        secrets: [{ name: 'label', value: 'a\u0000b' }],
      });
    if (t.secret.options.type === 'postgres') {
      assert.equal(delivery.state, 'failed');
      assert.equal(delivery.attempts, 1);
      assert.match(delivery.lastError!, /invalid byte sequence/);
      assert.equal(await secretsOf(artist.id), 0);
    } else {
      // sql.js, MySQL and MariaDB store it.
      assert.equal(delivery.state, 'delivered');
    }
  });

  it('the second database down: the message waits, and is delivered once it is back', async () => {
    const name = unique('waits');
    const stored =
      t.secret.options.type === 'sqljs'
        ? fs.existsSync(String(t.secret.options.location))
        : true;
    assert.ok(stored, 'the secret database outlives its connection');
    // #region secret-down
    await t.secret.destroy(); // as good as a server that went away
    const { artist, delivery } = await t.app
      .get(ArtistWithSecretsService)
      .create({
        name,
        secrets: [{ name: 'label', value: 'a' }],
      });
    // #endregion secret-down
    assert.equal(delivery.state, 'pending');
    assert.equal(delivery.attempts, 1);
    assert.ok(delivery.lastError, 'says why');
    await t.secret.initialize();
    assert.equal(await secretsOf(artist.id), 0);
    const delivered = await t.app.get(OutboxRelay).deliverPending();
    assert.ok(
      delivered.some((m) => m.id === delivery.id && m.state === 'delivered'),
    );
    assert.equal(await secretsOf(artist.id), 1);
  });

  it('two relays delivering one message: the one that loses records no failed attempt', async () => {
    const relay = t.app.get(OutboxRelay);
    const { message } = await t.app.get(ArtistWithSecretsService).record({
      name: unique('race'),
      secrets: [{ name: 'label', value: 'a' }],
    });
    let delivered: OutboxMessageEntity;
    if (t.secret.options.type === 'sqljs') {
      // One connection: two deliveries cannot overlap. The second one finds
      // the receipt of the first.
      const stale = await messageNumbered(message.id); // still pending
      await relay.deliver(message);
      delivered = await relay.deliver(stale);
    } else {
      // The other relay has written the receipt and not committed yet: this
      // one's insert of the same receipt waits for it, then fails.
      const other = t.secret.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.manager.insert(ReceivedMessageEntity, {
        outboxId: message.id,
      });
      const losing = relay.deliver(message);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await other.commitTransaction();
      await other.release();
      delivered = await losing;
    }
    assert.equal(delivered.state, 'delivered');
    const stored = await messageNumbered(message.id);
    assert.deepEqual(
      {
        state: stored.state,
        attempts: stored.attempts,
        lastError: stored.lastError,
      },
      { state: 'delivered', attempts: 0, lastError: null },
    );
  });

  it('several relays: each claims pending messages no other relay holds, so order across messages is not kept', async () => {
    const relay = t.app.get(OutboxRelay);
    const service = t.app.get(ArtistWithSecretsService);
    const { message: first } = await service.record({
      name: unique('claimed-elsewhere'),
      secrets: [{ name: 'label', value: 'a' }],
    });
    const { message: second } = await service.record({
      name: unique('claimed-here'),
      secrets: [{ name: 'label', value: 'b' }],
    });
    if (t.music.options.type === 'sqljs') {
      // One connection, so one relay: it delivers in the order of the ids.
      const delivered = await relay.deliverPending();
      const ids = delivered.map((m) => m.id);
      assert.ok(ids.indexOf(first.id) < ids.indexOf(second.id));
      return;
    }
    // Another relay is working on the first message: it holds its row lock.
    const other = t.music.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      await other.query(
        t.music.options.type === 'postgres'
          ? 'SELECT id FROM outbox WHERE id = $1 FOR UPDATE'
          : 'SELECT id FROM outbox WHERE id = ? FOR UPDATE',
        [first.id],
      );
      const started = Date.now();
      const delivered = await relay.deliverPending();
      assert.ok(Date.now() - started < 2000, 'skipped, not waited for');
      const ids = delivered.map((m) => m.id);
      assert.ok(!ids.includes(first.id), 'the held message is left alone');
      assert.ok(ids.includes(second.id), 'a later one is delivered first');
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    const later = await relay.deliverPending();
    assert.ok(later.some((m) => m.id === first.id && m.state === 'delivered'));
  });

  it('the process stopping after the first commit: the next start delivers, once', async () => {
    const name = unique('stopped');
    // The first step only, then the process is gone.
    const { artist, message } = await t.app
      .get(ArtistWithSecretsService)
      .record({
        name,
        secrets: [{ name: 'label', value: 'a' }],
      });
    await t.app.close();
    t = await startApp(); // delivers pending messages at start
    assert.equal(await secretsOf(artist.id), 1);
    assert.equal((await messageNumbered(message.id)).state, 'delivered');
  });

  it('the process stopping between the two commits: applied once, not twice', async () => {
    const name = unique('twice');
    const { artist, delivery } = await t.app
      .get(ArtistWithSecretsService)
      .create({
        name,
        secrets: [
          { name: 'label', value: 'a' },
          { name: 'agent', value: 'b' },
        ],
      });
    assert.equal(delivery.state, 'delivered');
    // The state a stop between the secret commit and the outbox update leaves:
    // secrets written, message still pending.
    await t.music.manager.update(
      OutboxMessageEntity,
      { id: delivery.id },
      { state: 'pending' },
    );
    await t.app.close();
    t = await startApp();
    assert.equal(await secretsOf(artist.id), 2);
    const message = await messageNumbered(delivery.id);
    assert.equal(message.state, 'delivered');
  });
});
