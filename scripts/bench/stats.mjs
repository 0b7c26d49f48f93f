// Small numeric helpers for the benchmark's figures.

export const round1 = (n) => Math.round(n * 10) / 10;
export const round2 = (n) => Math.round(n * 100) / 100;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * A goal as the report shows it: `value` against `limit` ("<= 1.1", ">= 95", "= 100"), and for an
 * absolute goal the bare page's own figure in the same run (`bare`), which the goal does not use.
 */
export function goal(name, value, limit, bare) {
  const [, op, bound] = /^(<=|>=|=)\s*(.+)$/.exec(limit);
  const n = Number(bound);
  const met = value === undefined ? false : op === '<=' ? value <= n : op === '>=' ? value >= n : value === n;
  return {name, value, limit, met, bare};
}
