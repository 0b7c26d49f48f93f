// @ts-check
// What the playground tests and the benchmark feed the in-page SQL console.

/** A query that never ends on its own (sql.js has no statement timeout): only Stop ends it. */
export const RUNAWAY_SQL = 'WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) SELECT count(*) FROM forever;';
