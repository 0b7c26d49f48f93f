import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { SongEntity } from '../song/song.entity';

@Entity('genres')
export class GenreEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ unique: true })
  name: string;

  @OneToMany(() => SongEntity, (song) => song.genre)
  songs: SongEntity[];
}
