import { DataSource, DataSourceOptions } from 'typeorm';
import { checkReplicas } from './check-replicas.js';
import { cannotOpenMessage, describeTarget } from './database-url.js';

// Used as `dataSourceFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: DataSourceOptions): Promise<DataSource> => {
    const dataSource = new DataSource(options!);
    try {
      await dataSource.initialize();
      await checkReplicas(dataSource);
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
