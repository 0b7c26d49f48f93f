import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager, In, LessThan, Not } from 'typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import {
  describeError,
  isConstraintViolation,
  isDataError,
} from '../database/database-errors.js';
import { SecretEntity } from '../secret/secret.entity.js';
import { SecretInput } from '../secret/secret.input.js';
import { OutboxMessageEntity } from './outbox-message.entity.js';
import { ReceivedMessageEntity } from './received-message.entity.js';

// #region max-attempts
// A message that fails this many times in a row (a server down for long, a
// bug) stops being retried: it is dead-lettered as `failed`, with its error.
export const MAX_DELIVERY_ATTEMPTS = 5;
// #endregion max-attempts

// #region retention
// Delivered messages and their receipts are deleted after this many days.
// Longer than a message can stay pending: a receipt is what keeps a message
// from being applied twice.
export const OUTBOX_RETENTION_DAYS = 7;
// #endregion retention
const DAY = 24 * 60 * 60 * 1000;

interface SecretsPayload {
  artistId: number;
  secrets: SecretInput[];
}

// Moves outbox messages from the music database into the secret database.
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxRelay.name);

  // #region inject-entity-managers
  constructor(
    @InjectEntityManager() private readonly music: EntityManager,
    @InjectEntityManager(SECRET_DB_CONNECTION)
    private readonly secret: EntityManager,
  ) {}
  // #endregion inject-entity-managers

  /** Messages left pending when the process stopped are delivered at start. */
  async onApplicationBootstrap(): Promise<void> {
    const delivered = await this.deliverPending();
    if (delivered.length) {
      this.logger.log(
        `Delivered ${delivered.length} pending outbox message(s)`,
      );
    }
    // Old rows can wait for the next purge: no reason to stop the app.
    await this.purge().catch((error: unknown) =>
      this.logger.warn(`Purging the outbox failed: ${describeError(error)}`),
    );
  }

  // #region claim
  /**
   * Delivers up to `limit` pending messages, oldest first, that no other
   * relay is working on. The claim is a row lock held until this run has
   * saved the messages' new state; rows another relay holds are skipped.
   */
  deliverPending(limit = 100): Promise<OutboxMessageEntity[]> {
    return this.music.transaction(async (music) => {
      const claimed = await music.find(OutboxMessageEntity, {
        where: { state: 'pending' },
        order: { id: 'ASC' },
        take: limit,
        // sql.js has no row locks (and one connection: one relay at a time).
        ...(music.connection.options.type !== 'sqljs' && {
          lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
        }),
      });
      const results: OutboxMessageEntity[] = [];
      for (const message of claimed) {
        // Saved through the claim's own transaction: a save on another
        // connection would wait for the lock this one holds.
        results.push(await this.deliver(message, music));
      }
      return results;
    });
  }
  // #endregion claim

  // #region deliver
  async deliver(
    message: OutboxMessageEntity,
    music: EntityManager = this.music,
  ): Promise<OutboxMessageEntity> {
    if (message.state !== 'pending') return message; // delivered, or given up
    try {
      await this.secret.transaction(async (manager) => {
        // Applied before, but the process stopped before it could mark the
        // message delivered: nothing to do twice.
        if (
          await manager.existsBy(ReceivedMessageEntity, {
            outboxId: message.id,
          })
        ) {
          return;
        }
        const { artistId, secrets } = JSON.parse(
          message.payload ?? '',
        ) as SecretsPayload;
        await manager.insert(ReceivedMessageEntity, { outboxId: message.id });
        await manager.insert(
          SecretEntity,
          secrets.map((secret) => ({ ...secret, artistId })),
        );
      });
      this.markDelivered(message);
    } catch (error) {
      if (await this.wasReceived(message)) {
        // Another relay applied it meanwhile: not a failed attempt.
        this.markDelivered(message);
        return music.save(message);
      }
      message.attempts += 1;
      message.lastError = describeError(error);
      if (cannotSucceed(error)) {
        message.state = 'failed'; // refused or unreadable: retrying cannot help
      } else if (message.attempts >= MAX_DELIVERY_ATTEMPTS) {
        message.state = 'failed'; // dead-lettered, with the last error
      } // else: e.g. the database is unreachable; pending for the next run
    }
    return music.save(message);
  }
  // #endregion deliver

  // #region mark-delivered
  // The secrets are in their own database now: no copy stays behind in the
  // music database's outbox.
  private markDelivered(message: OutboxMessageEntity): void {
    message.state = 'delivered';
    message.payload = null;
    message.lastError = null;
  }
  // #endregion mark-delivered

  // #region purge
  /** Deletes delivered messages and receipts older than the retention. */
  async purge(now = new Date()): Promise<void> {
    const older = LessThan(
      new Date(now.getTime() - OUTBOX_RETENTION_DAYS * DAY),
    );
    await this.music.delete(OutboxMessageEntity, {
      state: 'delivered',
      createdAt: older,
    });
    // A receipt whose message is still pending (the process stopped between
    // the two commits) is what tells the next run it was applied: keep it.
    const pending = await this.music.find(OutboxMessageEntity, {
      select: { id: true },
      where: { state: 'pending' },
    });
    await this.secret.delete(ReceivedMessageEntity, {
      receivedAt: older,
      ...(pending.length && {
        outboxId: Not(In(pending.map((message) => message.id))),
      }),
    });
  }
  // #endregion purge

  // #region was-received
  // Whether the secret database has the message's receipt; false when it
  // cannot be asked (still unreachable).
  private wasReceived(message: OutboxMessageEntity): Promise<boolean> {
    return this.secret
      .existsBy(ReceivedMessageEntity, { outboxId: message.id })
      .catch(() => false);
  }
  // #endregion was-received
}

// #region cannot-succeed
// The same message fails the same way on every attempt: the database refused
// the data, or the payload is not JSON.
function cannotSucceed(error: unknown): boolean {
  return (
    isConstraintViolation(error) ||
    isDataError(error) ||
    error instanceof SyntaxError
  );
}
// #endregion cannot-succeed
