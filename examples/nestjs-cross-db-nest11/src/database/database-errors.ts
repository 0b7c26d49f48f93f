import { QueryFailedError } from 'typeorm';

// "QueryFailedError: UNIQUE constraint failed: ..." or "connect ECONNREFUSED ..."
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.name === 'Error'
    ? error.message
    : `${error.name}: ${error.message}`;
}

// The database ran the statement and refused the data (PostgreSQL's class 23,
// MySQL/MariaDB's duplicate or missing values, SQLite's constraints): unlike
// an unreachable server, trying again cannot help.
export function isConstraintViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const { code } = error.driverError as { code?: unknown };
  return (
    (typeof code === 'string' && code.startsWith('23')) ||
    ['ER_DUP_ENTRY', 'ER_BAD_NULL_ERROR', 'ER_DATA_TOO_LONG'].includes(
      String(code),
    ) ||
    /constraint failed/i.test(error.message)
  );
}
