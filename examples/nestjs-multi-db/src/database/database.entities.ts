import { AlbumEntity } from '../music/album/album.entity.js';
import { ArtistEntity } from '../music/artist/artist.entity.js';
import { GenreEntity } from '../music/genre/genre.entity.js';
import { SongEntity } from '../music/song/song.entity.js';
import { SecretEntity } from '../secret/secret.entity.js';

// In a file of their own, so that both app module variants (and anything
// else that opens a connection) share one list per connection.
// #region entities
// Each connection knows only the entities in its own list.
export const musicEntities = [
  ArtistEntity,
  AlbumEntity,
  SongEntity,
  GenreEntity,
];
export const secretEntities = [SecretEntity];
// #endregion entities
