import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AlbumEntity } from '../album/album.entity';
import { GenreEntity } from '../genre/genre.entity';

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
  album: AlbumEntity;

  @Column({ type: 'int', nullable: true })
  genreId: number | null;

  @ManyToOne(() => GenreEntity, (genre) => genre.songs, {
    nullable: true,
    onDelete: 'SET NULL',
  })
  @JoinColumn({ name: 'genreId' })
  genre: GenreEntity | null;
}
