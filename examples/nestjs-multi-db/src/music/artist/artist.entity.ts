import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AlbumEntity } from '../album/album.entity.js';

@Entity('artists')
export class ArtistEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  name: string;

  @CreateDateColumn()
  createdAt: Date;

  @OneToMany(() => AlbumEntity, (album) => album.artist)
  albums: Relation<AlbumEntity>[];
}
