import { Connection, ConnectionOptions, createConnection } from 'typeorm';
import { cannotOpenMessage, describeTarget } from './database-url';

// Used as `connectionFactory`: opens one connection and, if that fails, says
// which one. TypeORM's own errors do not name the connection.
export function openConnection(name: string) {
  return async (options?: ConnectionOptions): Promise<Connection> => {
    try {
      return await createConnection(options!);
    } catch (error) {
      throw new Error(cannotOpenMessage(name, describe(options), error), {
        cause: error,
      });
    }
  };
}

function describe(options?: ConnectionOptions): string {
  if (!options) return 'no options';
  return describeTarget({
    type: options.type,
    location: options.type === 'sqljs' ? options.location : undefined,
    url: 'url' in options ? options.url : undefined,
  });
}
