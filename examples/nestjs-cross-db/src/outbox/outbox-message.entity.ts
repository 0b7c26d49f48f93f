import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
} from 'typeorm';

export type DeliveryState = 'pending' | 'delivered' | 'failed';

// #region outbox-entity
// On the default (music) connection, written in the same transaction as the
// artist: "these secrets still have to reach the secret database".
@Entity('outbox')
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 50 })
  topic: string;

  // JSON: { artistId, secrets: [{ name, value }] }. Null once delivered: the
  // secret values do not stay in the music database.
  @Column({ type: 'text', nullable: true })
  payload: string | null;

  // pending: not delivered yet (the relay tries again); delivered; failed:
  // not tried again (the data was refused, the payload is unreadable, or
  // MAX_DELIVERY_ATTEMPTS were used up): lastError says why.
  @Column({ type: 'varchar', length: 20, default: 'pending' })
  state: DeliveryState;

  @Column({ default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
// #endregion outbox-entity
