import { Module } from '@nestjs/common';
import { AlbumModule } from './album/album.module';
import { ArtistModule } from './artist/artist.module';
import { GenreModule } from './genre/genre.module';
import { SongModule } from './song/song.module';

// The music domain lives on the default connection.
@Module({
  imports: [ArtistModule, AlbumModule, SongModule, GenreModule],
})
export class MusicModule {}
