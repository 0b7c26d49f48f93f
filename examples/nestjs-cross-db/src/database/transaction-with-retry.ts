import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel.js';
import { sqlState } from './database-errors.js';

// #region retry-transaction
// How often one unit of work runs before its error is passed on.
export const TRANSACTION_ATTEMPTS = 3;

// The database rolled the whole transaction back so that another one could
// go on: a serialization failure (SQLSTATE 40001, also MySQL's and
// MariaDB's deadlock) or PostgreSQL's deadlock (40P01). Running the same
// work again, from its first read, can succeed.
export function isRetryable(error: unknown): boolean {
  const state = sqlState(error);
  return (
    error instanceof QueryFailedError &&
    (state === '40001' || state === '40P01')
  );
}

export async function transactionWithRetry<T>(
  dataSource: DataSource,
  isolationLevel: IsolationLevel,
  work: (manager: EntityManager) => Promise<T>,
  attempts = TRANSACTION_ATTEMPTS,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction(isolationLevel, work);
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
    }
  }
}
// #endregion retry-transaction
