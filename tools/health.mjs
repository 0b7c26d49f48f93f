// @ts-check
// What an example's GET /health says about each connection. The current line answers in
// @nestjs/terminus's shape ({status, info, error, details: {<name>: {status: 'up' | 'down', ...}}});
// the older lines keep their hand-written {status, connections: [{name, state, ok, ...}]}.

/**
 * @typedef {{name: string, driver: string, database: string, ok: boolean, message?: string, queries?: number}} ConnectionHealth
 * @typedef {{status: string, connections?: Record<string, any>[], details?: Record<string, Record<string, any>>, [key: string]: any}} Health
 */

/**
 * Each connection's entry (name, driver, database, ok, and what else the example adds), in the
 * order the example checks them; terminus's timing is left out.
 * @param {Health} health
 * @returns {ConnectionHealth[]}
 */
export function connectionHealth(health) {
  if (health.connections) {
    return health.connections.map(({state, ...connection}) => /** @type {ConnectionHealth} */ (connection));
  }
  return Object.entries(health.details ?? {})
    .filter(([, detail]) => 'driver' in detail)
    .map(([name, {status, responseTime, ...detail}]) => /** @type {ConnectionHealth} */ ({name, ...detail, ok: status === 'up'}));
}
