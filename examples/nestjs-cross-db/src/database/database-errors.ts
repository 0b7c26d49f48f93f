import { QueryFailedError } from 'typeorm';

// #region describe-error
// "QueryFailedError: UNIQUE constraint failed: ..." or "connect ECONNREFUSED ..."
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name === 'Error'
    ? error.message
    : `${error.name}: ${error.message}`;
}
// #endregion describe-error

// #region refused-data
// The SQLSTATE of a statement the database refused: PostgreSQL's `code`,
// MySQL's and MariaDB's `sqlState` (mysql2). sql.js has none.
export function sqlState(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const { code, sqlState } = error.driverError as {
    code?: unknown;
    sqlState?: unknown;
  };
  if (typeof sqlState === 'string') return sqlState;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
    ? code
    : undefined;
}

// The database ran the statement and refused the data because of a
// constraint (SQLSTATE class 23: unique, not null, foreign key, check).
export function isConstraintViolation(error: unknown): boolean {
  return (
    sqlState(error)?.startsWith('23') === true ||
    (error instanceof QueryFailedError &&
      /constraint failed/i.test(error.message))
  );
}

// A unique constraint or key: PostgreSQL's 23505, MySQL's and MariaDB's
// ER_DUP_ENTRY (errno 1062), SQLite's "UNIQUE constraint failed".
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code, errno } = error.driverError as {
    code?: unknown;
    errno?: unknown;
  };
  return (
    code === '23505' ||
    errno === 1062 ||
    /UNIQUE constraint failed/.test(error.message)
  );
}

// The value itself cannot be stored (SQLSTATE class 22: too long, out of
// range, a NUL or invalid byte in text). Like a constraint, trying again
// with the same data cannot help.
export function isDataError(error: unknown): boolean {
  return sqlState(error)?.startsWith('22') === true;
}
// #endregion refused-data
