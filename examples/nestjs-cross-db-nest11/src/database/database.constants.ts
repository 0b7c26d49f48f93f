// The one connection without a name is TypeORM's "default" connection; the
// other one is named, and that name is used wherever it is injected.
export const MUSIC_DB_CONNECTION = 'default';
export const SECRET_DB_CONNECTION = 'secret';
