// The matrix's rows, from the examples' handbook.json files: every example on each Node version
// it lists ("node", default the Node running the matrix), and each of its stacks
// (examples/<name>/stacks/<stack>/) on the first of them. The database servers it lists are run
// on its first row; the other rows (another Node, another stack) run on sql.js, which keeps CI
// within its time.
import {listExamples} from '../../tools/examples.mjs';
import {exampleStacks} from '../../tools/standaloneExample.mjs';

/**
 * @typedef {object} Row
 * @property {import('../../src/lib/exampleDescription.ts').Example} example
 * @property {string} [stack]
 * @property {string} node the version to run on, as handbook.json names it
 * @property {boolean} servers whether it also runs on the database servers the example lists
 */

/** @returns {Row[]} */
export function matrixRows() {
  return listExamples().flatMap((example) => {
    const nodes = example.description.node ?? [process.versions.node];
    return [
      ...nodes.map((node, i) => ({example, node, servers: i === 0})),
      ...exampleStacks(example.name).map((stack) => ({example, stack, node: nodes[0], servers: false})),
    ];
  });
}

/** @param {{example: {name: string}, stack?: string, node: string}} row */
export function rowName(row) {
  return `${row.example.name}${row.stack ? `+${row.stack}` : ''} on Node ${row.node}`;
}
