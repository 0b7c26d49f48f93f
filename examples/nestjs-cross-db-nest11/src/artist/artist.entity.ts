import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
} from 'typeorm';

// On the default (music) connection. Its secrets live in the other database,
// so there is no TypeORM relation to them: TypeORM cannot join across two
// DataSources.
@Entity('artists')
export class ArtistEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  name: string;

  @CreateDateColumn()
  createdAt: Date;
}
