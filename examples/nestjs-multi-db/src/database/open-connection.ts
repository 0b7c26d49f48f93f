import { DataSource, DataSourceOptions } from 'typeorm';
import { cannotOpenMessage, describeTarget } from './database-url.js';
import { migrateWithLock } from './migrate-with-lock.js';

// Used as `dataSourceFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: DataSourceOptions): Promise<DataSource> => {
    try {
      // #region open-and-migrate
      // migrationsRun: true means "at start", but under a lock, not inside
      // initialize(), where TypeORM runs them without one. MIGRATIONS_LOCK=off
      // leaves them to TypeORM, to compare.
      if (process.env.MIGRATIONS_LOCK === 'off') {
        return await new DataSource(options!).initialize();
      }
      const dataSource = await new DataSource({
        ...options!,
        migrationsRun: false,
      }).initialize();
      if (options!.migrationsRun) await migrateWithLock(dataSource, name);
      return dataSource;
      // #endregion open-and-migrate
    } catch (error) {
      throw new Error(cannotOpenMessage(name, describe(options), error), {
        cause: error,
      });
    }
  };
}

function describe(options?: DataSourceOptions): string {
  if (!options) return 'no options';
  return describeTarget({
    type: options.type,
    location: options.type === 'sqljs' ? options.location : undefined,
    url: 'url' in options ? options.url : undefined,
  });
}
