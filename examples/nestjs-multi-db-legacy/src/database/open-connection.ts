import { Connection, ConnectionOptions, createConnection } from 'typeorm';

// Used as `connectionFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: ConnectionOptions): Promise<Connection> => {
    try {
      return await createConnection(options!);
    } catch (error) {
      const what = `the "${name}" connection (${describe(options)})`;
      throw new Error(`Cannot open ${what}. ${reason(error)}`, {
        cause: error,
      });
    }
  };
}

// "connect ECONNREFUSED ...", or "MissingPrimaryColumnError: ..." for
// TypeORM's own errors.
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'Error') return error.message;
  return `${error.name}: ${error.message}`;
}

// "sqljs, in memory" or "postgres, postgres://127.0.0.1:5432/music"
function describe(options?: ConnectionOptions): string {
  if (!options) return 'no options';
  if (options.type === 'sqljs') {
    return `sqljs, ${options.location ?? 'in memory'}`;
  }
  if ('url' in options && options.url) {
    // Everything but the user name and password.
    const { protocol, host, pathname } = new URL(options.url);
    return `${options.type}, ${protocol}//${host}${pathname}`;
  }
  return options.type;
}
