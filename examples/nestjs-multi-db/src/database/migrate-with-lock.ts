import { DataSource, MigrationExecutor } from 'typeorm';

// #region migrate-with-lock
// TypeORM takes no lock around migrations: two instances that start at once
// both see a migration pending and both run it. This runs them while holding
// a lock on the server, named after the connection, so the second instance
// waits, then finds nothing pending. sql.js is in the process: no lock needed.
export async function migrateWithLock(dataSource: DataSource, name: string) {
  const { type } = dataSource.options;
  if (type !== 'postgres' && type !== 'mysql' && type !== 'mariadb') {
    await dataSource.runMigrations();
    return;
  }
  const lock = `migrations:${name}`;
  // One connection takes the lock, runs the migrations and releases it: both
  // locks belong to the session, and a pool of 1 has no second connection.
  const runner = dataSource.createQueryRunner();
  try {
    if (type === 'postgres') {
      await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    } else {
      // Waits up to an hour (MariaDB answers a negative timeout with NULL).
      const [row] = await runner.query('SELECT GET_LOCK(?, 3600) AS got', [
        lock,
      ]);
      if (Number(row.got) !== 1) throw new Error(`GET_LOCK('${lock}') failed`);
    }
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction =
        dataSource.options.migrationsTransactionMode ?? 'all';
      await executor.executePendingMigrations();
    } finally {
      await runner.query(
        type === 'postgres'
          ? 'SELECT pg_advisory_unlock(hashtext($1))'
          : 'SELECT RELEASE_LOCK(?)',
        [lock],
      );
    }
  } finally {
    await runner.release();
  }
}
// #endregion migrate-with-lock
