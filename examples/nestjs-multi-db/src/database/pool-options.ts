import { ServerType } from './database-url.js';

// The pool of one connection on a server, from two variables:
// <NAME>_DB_POOL_SIZE (most connections it opens, default 10) and, on
// PostgreSQL, <NAME>_DB_POOL_WAIT_MS (how long a query waits for a free one).
export function poolOptions(
  connection: 'music' | 'secret',
  type: ServerType,
): { poolSize?: number; extra: Record<string, unknown> } {
  const prefix = `${connection.toUpperCase()}_DB_POOL`;
  const size = whole(connection, `${prefix}_SIZE`, 10);
  const waitMs = whole(connection, `${prefix}_WAIT_MS`, 0);
  // #region pool
  if (type === 'postgres') {
    // TypeORM passes `extra` to pg's Pool as it is.
    return {
      extra: {
        max: size,
        // 0: wait for a free connection as long as it takes (pg's default).
        connectionTimeoutMillis: waitMs,
        // An unused connection is closed after 10 s.
        idleTimeoutMillis: 10_000,
      },
    };
  }
  // mysql2: poolSize becomes its connectionLimit. Its pool has no limit on
  // the wait for a free connection (TypeORM's acquireTimeout does not reach it).
  if (waitMs > 0) {
    throw new Error(
      `${prefix}_WAIT_MS is set for the "${connection}" connection on ` +
        `${type}: mysql2's pool has no limit on the wait for a connection`,
    );
  }
  return { poolSize: size, extra: { maxIdle: size, idleTimeout: 10_000 } };
  // #endregion pool
}

// #region pool-size-check
// A pool size of "ten" or "-1" stops the app at start, naming the variable
// and the connection, instead of becoming NaN inside the driver.
function whole(connection: string, variable: string, fallback: number) {
  const value = process.env[variable];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value) || (variable.endsWith('_SIZE') && +value < 1)) {
    throw new Error(
      `${variable}="${value}" for the "${connection}" connection: ` +
        'expected a whole number' +
        (variable.endsWith('_SIZE') ? ' of at least 1' : ''),
    );
  }
  return Number(value);
}
// #endregion pool-size-check
