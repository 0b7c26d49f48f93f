import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { ArtistEntity } from '../artist/artist.entity.js';
import { SongEntity } from '../song/song.entity.js';

// Relation<...>: these files import each other, and an ES module's class is
// not defined yet while the other file runs. The wrapper keeps its name out
// of the decorator metadata that runs then.
@Entity('albums')
export class AlbumEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  title: string;

  @Column({ type: 'int', nullable: true })
  year: number | null;

  @Column()
  artistId: number;

  @ManyToOne(() => ArtistEntity, (artist) => artist.albums, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'artistId' })
  artist: Relation<ArtistEntity>;

  @OneToMany(() => SongEntity, (song) => song.album)
  songs: Relation<SongEntity>[];
}
