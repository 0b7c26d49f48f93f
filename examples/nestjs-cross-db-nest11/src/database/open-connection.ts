import { DataSource, DataSourceOptions } from 'typeorm';

// Used as `dataSourceFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: DataSourceOptions): Promise<DataSource> => {
    try {
      return await new DataSource(options!).initialize();
    } catch (error) {
      const why =
        error instanceof Error && error.name !== 'Error'
          ? `${error.name}: ${error.message}`
          : error instanceof Error
            ? error.message
            : String(error);
      throw new Error(
        `Cannot open the "${name}" connection (${describe(options)}). ${why}`,
        { cause: error },
      );
    }
  };
}

// "sqljs, in memory" or "postgres, postgres://127.0.0.1:5432/music": never
// the user name or password.
function describe(options?: DataSourceOptions): string {
  if (!options) return 'no options';
  if (options.type === 'sqljs')
    return `sqljs, ${options.location ?? 'in memory'}`;
  if ('url' in options && options.url) {
    const { protocol, host, pathname } = new URL(options.url);
    return `${options.type}, ${protocol}//${host}${pathname}`;
  }
  return options.type;
}
