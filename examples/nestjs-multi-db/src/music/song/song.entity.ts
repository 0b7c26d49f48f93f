import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AlbumEntity } from '../album/album.entity.js';
import { GenreEntity } from '../genre/genre.entity.js';

@Entity('songs')
export class SongEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  title: string;

  @Column()
  albumId: number;

  @ManyToOne(() => AlbumEntity, (album) => album.songs, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'albumId' })
  album: Relation<AlbumEntity>;

  @Column({ type: 'int', nullable: true })
  genreId: number | null;

  @ManyToOne(() => GenreEntity, (genre) => genre.songs, {
    nullable: true,
    onDelete: 'SET NULL',
  })
  @JoinColumn({ name: 'genreId' })
  genre: Relation<GenreEntity> | null;
}
