// Isolation levels on the secret connection, and running a transaction again
// when the database rolled it back for a concurrent one.
import assert from 'node:assert/strict';
import { EntityManager } from 'typeorm';
import { ArtistEntity } from '../src/artist/artist.entity';
import { describeError } from '../src/database/database-errors';
import {
  isRetryable,
  transactionWithRetry,
} from '../src/database/transaction-with-retry';
import { SecretEntity } from '../src/secret/secret.entity';
import { startApp, TestApp, unique } from './app';

/** A promise that a test opens by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('isolation levels and retries', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startApp()));
  afterAll(() => t?.app.close());

  const newArtist = () =>
    t.music.manager.save(
      t.music.manager.create(ArtistEntity, { name: unique('isolated') }),
    );

  /**
   * Two requests at once, each "add a first secret, if the artist has none":
   * both read before either writes. Returns how each ended and the rows.
   */
  async function twoAtOnce(attempts: number) {
    const { id: artistId } = await newArtist();
    const bothRead = [gate(), gate()];
    let runs = 0;
    // #region serializable-work
    // Reads, then writes what the read allows: under SERIALIZABLE the
    // database fails one of two such transactions that overlap, instead of
    // letting both write (two "first" secrets).
    const addFirstSecret =
      (name: string, mine: number) => async (manager: EntityManager) => {
        runs += 1;
        const existing = await manager.countBy(SecretEntity, { artistId });
        bothRead[mine].open();
        await bothRead[1 - mine].opened; // both have read before either writes
        if (existing === 0) {
          await manager.insert(SecretEntity, { artistId, name, value: 'x' });
        }
      };
    const add = (name: string, mine: number) =>
      transactionWithRetry(
        t.secret,
        'SERIALIZABLE',
        addFirstSecret(name, mine),
        attempts,
      );
    // #endregion serializable-work
    const outcomes = await Promise.all(
      [add('first', 0), add('second', 1)].map((run) =>
        run.then(
          () => 'committed',
          (error: unknown) =>
            isRetryable(error)
              ? 'rolled back for the other'
              : describeError(error),
        ),
      ),
    );
    const rows = await t.secret.manager.countBy(SecretEntity, { artistId });
    return { outcomes: outcomes.sort(), rows, runs };
  }

  it('SERIALIZABLE: of two overlapping read-then-write transactions, one is rolled back', async () => {
    if (t.secret.options.type === 'sqljs') {
      // One connection runs one transaction at a time: the second waits for
      // the first to end, so both reads cannot come first. Nothing overlaps.
      const { id: artistId } = await newArtist();
      await transactionWithRetry(t.secret, 'SERIALIZABLE', (manager) =>
        manager.insert(SecretEntity, { artistId, name: 'first', value: 'x' }),
      );
      assert.equal(
        await t.secret.manager.countBy(SecretEntity, { artistId }),
        1,
      );
      return;
    }
    // PostgreSQL: "could not serialize access" (40001); MySQL and MariaDB
    // take shared locks for the reads, and the two inserts deadlock (1213).
    const { outcomes, rows } = await twoAtOnce(1);
    assert.deepEqual(outcomes, ['committed', 'rolled back for the other']);
    assert.equal(rows, 1);
  });

  it('transactionWithRetry runs the rolled-back one again, and it reads the new state', async () => {
    if (t.secret.options.type === 'sqljs') return; // see the test above
    const { outcomes, rows, runs } = await twoAtOnce(3);
    assert.deepEqual(outcomes, ['committed', 'committed']);
    assert.equal(rows, 1, 'the second run found the first secret');
    // At least one run again; one more when the retry read before the first
    // had committed, and was rolled back again.
    assert.ok(runs >= 3, `${runs} runs`);
  });

  it('an error that is not about the other transaction is not retried', async () => {
    const { id: artistId } = await newArtist();
    let runs = 0;
    await assert.rejects(
      transactionWithRetry(t.secret, 'SERIALIZABLE', async (manager) => {
        runs += 1;
        await manager.insert(SecretEntity, {
          artistId,
          name: 'same',
          value: 'a',
        });
        await manager.insert(SecretEntity, {
          artistId,
          name: 'same',
          value: 'b',
        });
      }),
    );
    assert.equal(runs, 1);
  });
});
