// The one connection without a name is @nestjs/typeorm's "default" connection.
// Every other connection needs a name, and that same name must be used
// wherever its entities are registered or injected.
export const MUSIC_DB_CONNECTION = 'default';
export const SECRET_DB_CONNECTION = 'secret';
