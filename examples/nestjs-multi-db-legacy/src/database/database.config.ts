import { TypeOrmModuleOptions } from '@nestjs/typeorm';

// #region db-connections
// Loaded by ConfigModule: configService.get('dbConnections.secret') returns
// the options of the secret database, read from the environment (or .env).
export default () => ({
  dbConnections: {
    music: connectionOptions(process.env.MUSIC_DB_URL, process.env.MUSIC_DB_FILE),
    secret: connectionOptions(process.env.SECRET_DB_URL, process.env.SECRET_DB_FILE),
  },
});
// #endregion db-connections

// #region connection-options
// No URL: an embedded sql.js database (SQLite compiled to WebAssembly, so it
// also runs in StackBlitz), in memory or in a file. A URL moves the
// connection to a PostgreSQL, MySQL or MariaDB server.
function connectionOptions(url?: string, file?: string): TypeOrmModuleOptions {
  const common = {
    synchronize: true, // creates the tables; fine for an example, not for production
    retryAttempts: 2, // @nestjs/typeorm would otherwise retry 9 times, 3 s apart
    retryDelay: 1000,
  };
  if (!url) {
    return { ...common, type: 'sqljs', location: file, autoSave: Boolean(file) };
  }
  const scheme = new URL(url).protocol;
  switch (scheme) {
    case 'postgres:':
    case 'postgresql:':
      return { ...common, type: 'postgres', url };
    case 'mysql:':
      return { ...common, type: 'mysql', url }; // TypeORM 0.2 falls back to mysql2 when mysql is absent
    case 'mariadb:':
      return { ...common, type: 'mariadb', url };
    default:
      throw new Error(`Unsupported database URL scheme "${scheme}" (use postgres://, mysql:// or mariadb://)`);
  }
}
// #endregion connection-options
