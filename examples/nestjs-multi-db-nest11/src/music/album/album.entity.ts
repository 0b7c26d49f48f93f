import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ArtistEntity } from '../artist/artist.entity';
import { SongEntity } from '../song/song.entity';

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
  artist: ArtistEntity;

  @OneToMany(() => SongEntity, (song) => song.album)
  songs: SongEntity[];
}
