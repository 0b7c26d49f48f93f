// Types of the worker's Node-testable core (playground-worker.js exports it under CommonJS).
import type {SqlJsStatic} from 'sql.js';

export interface RunnerLimits {
  maxRows: number;
  maxCell: number;
  maxSql: number;
}

export interface RunnerResult {
  columns: string[];
  rows: (string | number | null)[][];
  total: number;
}

export interface Runner {
  /** Opens `bytes`, or a new database made with `schema`. */
  open(key: string, bytes?: Uint8Array, schema?: string): void;
  close(key: string): void;
  exec(
    key: string,
    sql: string,
    params: (string | number | null)[] | undefined,
    limits: RunnerLimits,
  ): {result: RunnerResult | null; statements: number; changes: number};
  /** A copy of the database as it is now, kept as the state a failed batch returns to. */
  save(key: string): Uint8Array;
  has(key: string): boolean;
}

export function createRunner(SQL: SqlJsStatic): Runner;
