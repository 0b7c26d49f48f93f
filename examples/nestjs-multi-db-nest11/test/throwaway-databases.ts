import path from 'node:path';

// #region throwaway-databases
// The e2e tests drop every table of both connections before each test, so
// they must never run on the app's own databases, which is where they would
// end up if .env (read by ConfigModule) or the shell pointed at them.
// Throwaway means: in-memory sql.js (no URL, no file), or a database or file
// whose name ends in "_test".
const variables = {
  default: ['MUSIC_DB_URL', 'MUSIC_DB_FILE'],
  secret: ['SECRET_DB_URL', 'SECRET_DB_FILE'],
};

export function assertThrowawayDatabases(): void {
  for (const [connection, names] of Object.entries(variables)) {
    for (const name of names) {
      const value = process.env[name];
      if (!value) continue;
      const database = name.endsWith('_URL')
        ? new URL(value).pathname.slice(1)
        : path.basename(value, path.extname(value));
      if (!database.endsWith('_test')) {
        throw new Error(
          `${name} points the "${connection}" connection at "${database}", ` +
            'which is not a test database: the e2e tests empty it. Use a ' +
            'database whose name ends in "_test", or unset it for in-memory sql.js.',
        );
      }
    }
  }
}
// #endregion throwaway-databases
