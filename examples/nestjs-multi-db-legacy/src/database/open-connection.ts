import { Connection, ConnectionOptions, createConnection } from 'typeorm';

// Used as `connectionFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: ConnectionOptions): Promise<Connection> => {
    try {
      return await createConnection(options!);
    } catch (error) {
      throw new Error(`Cannot open the "${name}" connection (${describe(options)}). ${reason(error)}`, {
        cause: error,
      });
    }
  };
}

// "connect ECONNREFUSED ...", or "MissingPrimaryColumnError: ..." for TypeORM's own errors.
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
}

function describe(options?: ConnectionOptions): string {
  if (!options) return 'no options';
  if (options.type === 'sqljs') return `sqljs, ${options.location ?? 'in memory'}`;
  if ('url' in options && options.url) {
    const { protocol, host, pathname } = new URL(options.url); // leaves out the password
    return `${options.type}, ${protocol}//${host}${pathname}`;
  }
  return options.type;
}
