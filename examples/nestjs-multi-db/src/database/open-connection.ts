import { DataSource, DataSourceOptions } from 'typeorm';
import { checkReplicas } from './check-replicas.js';
import { cannotOpenMessage, describeTarget } from './database-url.js';
import { migrateWithLock } from './migrate-with-lock.js';

// Used as `dataSourceFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: DataSourceOptions): Promise<DataSource> => {
    // migrationsRun: true means "at start", but under a lock, not inside
    // initialize(), where TypeORM runs them without one. MIGRATIONS_LOCK=off
    // leaves them to TypeORM, to compare.
    const locked = process.env.MIGRATIONS_LOCK !== 'off';
    const dataSource = new DataSource(
      locked ? { ...options!, migrationsRun: false } : options!,
    );
    try {
      await dataSource.initialize();
      await checkReplicas(dataSource);
      if (locked && options!.migrationsRun) {
        await migrateWithLock(dataSource, name);
      }
      return dataSource;
    } catch (error) {
      if (dataSource.isInitialized) await dataSource.destroy();
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
    replicas:
      'replication' in options && options.replication
        ? options.replication.slaves.flatMap((replica) =>
            'url' in replica && replica.url ? [replica.url] : [],
          )
        : undefined,
  });
}
