// How many tests an example's `npm test` ran, from its runner's closing lines (Vitest, Jest,
// node:test); undefined when none of them is there.

import {stripVTControlCharacters} from 'node:util';

/**
 * @param {string} output
 * @returns {{passed: number, failed: number} | undefined}
 */
export function testCounts(output) {
  const plain = stripVTControlCharacters(output);
  let passed = 0;
  let failed = 0;
  let found = false;
  // Vitest: "Tests  2 failed | 40 passed (42)", once per run (unit and e2e configs).
  for (const [, line] of plain.matchAll(/^\s*Tests\s+(.*\(\d+\))\s*$/gm)) {
    found = true;
    passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  }
  // Jest: "Tests:       1 failed, 11 passed, 12 total".
  for (const [, line] of plain.matchAll(/^Tests:\s+(.*total)\s*$/gm)) {
    found = true;
    passed += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(line)?.[1] ?? 0);
  }
  // node:test: "# pass 12" and "# fail 0" (or "ℹ pass 12" from the spec reporter).
  for (const [, kind, count] of plain.matchAll(/^(?:#|ℹ) (pass|fail) (\d+)\s*$/gm)) {
    found = true;
    if (kind === 'pass') passed += Number(count);
    else failed += Number(count);
  }
  return found ? {passed, failed} : undefined;
}
