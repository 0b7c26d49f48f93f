// `npm run matrix`: every example on every stack and Node version it names (rows.mjs), run as a
// reader runs it (run.mjs), recorded in src/data/compatibility.json, the file the compatibility
// page and the guides' "tested with" lines are built from.
//
//   npm run matrix                    run every row and write the file
//   npm run matrix -- --only <name>   run one example's rows and update them in the file
//   npm run matrix -- --check         run every row, write nothing; fail when a run fails or the
//                                     file no longer says what ran (.ci/run does this)
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {root} from '../../tools/paths.mjs';
import {matrixRows, rowName} from './rows.mjs';
import {runRow} from './run.mjs';

const file = path.join(root, 'src', 'data', 'compatibility.json');
const {values: args} = parseArgs({options: {check: {type: 'boolean'}, only: {type: 'string', multiple: true}}});

const started = Date.now();
const base = `mdh_matrix_${Date.now().toString(36)}`;
const rows = matrixRows().filter((row) => !args.only || args.only.includes(row.example.name));
if (rows.length === 0) {
  console.error(`No matrix rows${args.only ? ` for ${args.only.join(', ')}` : ''}.`);
  process.exit(1);
}

// Two examples at a time (the machine has two cores); the rows of one example share its copy, so they take turns.
const queue = [...new Set(rows.map((row) => row.example.name))].map((name) => rows.filter((row) => row.example.name === name));
const results = [];
let rowsStarted = 0; // names each row's databases: rows running side by side never share one
const log = (line) => console.log(`  ${line}`);
await Promise.all(
  [0, 1].map(async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      for (const row of group) {
        const since = Date.now();
        console.log(`> ${rowName(row)}`);
        results.push(await runRow(row, {base: `${base}_${rowsStarted++}`, log}));
        console.log(`< ${rowName(row)} in ${((Date.now() - since) / 1000).toFixed(0)} s`);
      }
    }
  }),
);

const key = (row) => `${row.example}+${row.stack ?? ''}@${row.node}`;
const order = rows.map((row) => key({example: row.example.name, stack: row.stack, node: row.node}));
results.sort((a, b) => order.indexOf(key(a)) - order.indexOf(key(b)));

const failures = results.flatMap((row) => row.runs.filter((run) => !run.passed).map((run) => ({row, run})));
for (const {row, run} of failures) {
  console.error(
    `\nFAILED: ${row.example}${row.stack ? `+${row.stack}` : ''} on Node ${row.nodeVersion}, ${run.check}${run.database ? ` on ${run.database}` : ''}:\n${run.output}`,
  );
}

const today = new Date().toISOString().slice(0, 10);
const recorded = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {rows: []};
let stale = [];
if (args.check) {
  stale = staleRows(recorded.rows, results);
  for (const line of stale) console.error(`src/data/compatibility.json is stale: ${line}`);
  if (stale.length) console.error('Run `npm run matrix` and commit src/data/compatibility.json.');
} else {
  // Failed runs are recorded too (the page shows them); a unit test keeps them from landing.
  const kept = recorded.rows.filter((row) => args.only && !args.only.includes(row.example));
  const written = [...kept, ...results.map(({runs, ...row}) => ({...row, runs: runs.map(({output: _output, ...run}) => run), verified: today}))];
  written.sort((a, b) => allKeys().indexOf(key(a)) - allKeys().indexOf(key(b)));
  fs.mkdirSync(path.dirname(file), {recursive: true});
  fs.writeFileSync(file, `${JSON.stringify({'//': 'Written by `npm run matrix` (scripts/matrix); do not edit.', rows: written}, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, file)} (${written.length} rows).`);
}

const runs = results.flatMap((row) => row.runs);
console.log(`\nMatrix: ${results.length} rows, ${runs.length} runs in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
console.log(`matrix: ${runs.length - failures.length} passed, ${failures.length} failed`);
process.exit(failures.length || stale.length ? 1 : 0);

function allKeys() {
  return matrixRows().map((row) => key({example: row.example.name, stack: row.stack, node: row.node}));
}

/** What the recorded file says that this run contradicts (versions, checks, databases, rows). */
function staleRows(recordedRows, ranRows) {
  const problems = [];
  const summary = (row) =>
    JSON.stringify({nodeVersion: row.nodeVersion, packages: row.packages, runs: row.runs.map((run) => [run.check, run.database?.split(' ')[0]])});
  for (const ran of ranRows) {
    const old = recordedRows.find((row) => key(row) === key(ran));
    if (!old) problems.push(`${key(ran)} ran but is not recorded`);
    else if (summary(old) !== summary(ran)) problems.push(`${key(ran)} recorded ${summary(old)}, ran ${summary(ran)}`);
  }
  for (const old of recordedRows) if (!ranRows.some((ran) => key(ran) === key(old))) problems.push(`${key(old)} is recorded but is no longer a row`);
  return problems;
}
