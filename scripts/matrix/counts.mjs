// How many tests an example's `npm test` ran, from its runner's closing lines (Vitest, Jest);
// undefined when neither is there.

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
  return found ? {passed, failed} : undefined;
}
