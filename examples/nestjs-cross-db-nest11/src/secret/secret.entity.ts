import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

// On the "secret" connection. `artistId` points into the other database, so
// it is a plain column: no foreign key can check it, the app has to.
@Entity('secrets')
@Unique('one_name_per_artist', ['artistId', 'name'])
export class SecretEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column()
  artistId: number;

  @Column({ length: 100 })
  name: string;

  @Column({ type: 'text' })
  value: string;

  @CreateDateColumn()
  createdAt: Date;
}
