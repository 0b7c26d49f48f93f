import { Logger as TypeOrmLogger } from 'typeorm';

// #region query-counter
// A TypeORM logger that only counts: every SQL statement a connection sends
// (BEGIN and COMMIT too). GET /health reports the counts, so a test or a
// reader can see how many queries a GraphQL request cost.
export class QueryCounter implements TypeOrmLogger {
  queries = 0;

  logQuery(): void {
    this.queries += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
// #endregion query-counter

/** One counter per connection name, shared by the data sources and /health. */
export const queryCounters: Record<string, QueryCounter> = {};

export function queryCounterFor(connection: string): QueryCounter {
  return (queryCounters[connection] ??= new QueryCounter());
}
