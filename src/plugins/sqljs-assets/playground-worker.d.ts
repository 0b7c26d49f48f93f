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
  open(key: string, bytes?: Uint8Array, schema?: string): Uint8Array;
  close(key: string): void;
  exec(
    key: string,
    sql: string,
    params: (string | number | null)[] | undefined,
    limits: RunnerLimits,
  ): {result: RunnerResult | null; statements: number; changes: number; bytes: Uint8Array};
  has(key: string): boolean;
}

export function createRunner(SQL: SqlJsStatic): Runner;
