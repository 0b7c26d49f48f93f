import { Module } from '@nestjs/common';
import { AlbumModule } from './album/album.module.js';
import { ArtistModule } from './artist/artist.module.js';
import { GenreModule } from './genre/genre.module.js';
import { SongModule } from './song/song.module.js';

// The music domain lives on the default connection.
@Module({
  imports: [ArtistModule, AlbumModule, SongModule, GenreModule],
})
export class MusicModule {}
