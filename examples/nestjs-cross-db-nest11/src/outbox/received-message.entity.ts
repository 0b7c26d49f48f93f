import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

// #region received-entity
// On the secret connection, written in the same transaction as the secrets
// of one outbox message: a message delivered twice is applied once.
@Entity('received_messages')
export class ReceivedMessageEntity {
  @PrimaryColumn()
  outboxId: number;

  @CreateDateColumn()
  receivedAt: Date;
}
// #endregion received-entity
