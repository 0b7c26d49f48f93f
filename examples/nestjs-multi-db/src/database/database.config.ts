import { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { serverType } from './database-url.js';
import { migrationOptions } from './migrations.config.js';
import { poolOptions } from './pool-options.js';
import { replicationOptions } from './replication.js';

// #region db-connections
// Loaded by ConfigModule: configService.get('dbConnections.secret') returns
// the options of the secret database, read from the environment (or .env).
export default () => ({
  dbConnections: {
    music: {
      ...connectionOptions(
        process.env.MUSIC_DB_URL,
        process.env.MUSIC_DB_FILE,
        'music',
      ),
      ...migrationOptions('music'),
      ...replicationOptions('default', 'MUSIC'),
    },
    secret: {
      ...connectionOptions(
        process.env.SECRET_DB_URL,
        process.env.SECRET_DB_FILE,
        'secret',
      ),
      ...migrationOptions('secret'),
    },
  },
});
// #endregion db-connections

// #region connection-options
// No URL: an embedded sql.js database (SQLite compiled to WebAssembly, so it
// also runs in StackBlitz), in memory or in a file. A URL moves the
// connection to a PostgreSQL, MySQL or MariaDB server.
function connectionOptions(
  url: string | undefined,
  file: string | undefined,
  connection: 'music' | 'secret',
): TypeOrmModuleOptions {
  const common = {
    // 2 attempts, 1 s apart (@nestjs/typeorm's default: 10, 3 s apart).
    retryAttempts: 2,
    retryDelay: 1000,
  };
  if (!url) {
    return {
      ...common,
      type: 'sqljs',
      location: file,
      autoSave: Boolean(file),
    };
  }
  const type = serverType(url);
  const pool = poolOptions(connection, type);
  switch (type) {
    case 'postgres':
      return { ...common, ...pool, type: 'postgres', url };
    case 'mysql':
      return { ...common, ...pool, type: 'mysql', url };
    case 'mariadb':
      return { ...common, ...pool, type: 'mariadb', url };
  }
}
// #endregion connection-options
