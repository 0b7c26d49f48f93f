import path from 'node:path';

// #region migration-options
// Each connection has its own migrations folder and its own table recording
// which of them ran, so running one connection's migrations never touches
// the other database.
export function migrationOptions(folder: 'music' | 'secret') {
  return {
    // .ts under Jest and the TypeORM CLI, .js after `nest build` (npm start).
    migrations: [path.join(__dirname, '..', 'migrations', folder, '*.{ts,js}')],
    migrationsTableName: `${folder}_migrations`,
    // One transaction per migration: one that fails is rolled back alone
    // (where the database can roll back DDL), the ones before it stay.
    migrationsTransactionMode: 'each' as const,
    // Pending migrations run when the app starts: that is how a new database,
    // and every in-memory sql.js one, gets its tables. Instead of synchronize,
    // which rewrites tables to match the entities and can drop data.
    migrationsRun: true,
  };
}
// #endregion migration-options
