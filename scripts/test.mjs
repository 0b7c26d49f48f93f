// `npm test`: install what is missing (the site, Chromium), build the site, run every test, and
// end with one line that counts them. The examples are installed by the tests themselves, in
// copies outside the repository (tests/examples/standalone.setup.ts). Extra arguments go to
// Playwright (`npm test -- --project=unit`).
import fs from 'node:fs';
import path from 'node:path';
import {spawn, spawnSync} from 'node:child_process';
import {ensureChromium, ensureDependencies, root, run, step} from './setup.mjs';

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

ensureDependencies();
ensureChromium();

let since = Date.now();
step('Type-checking, linting and checking the format side by side (tsc, eslint, prettier; `npm run format` fixes what it can)...');
const checks = await Promise.all([
  check('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']),
  check('npx', ['eslint', '.']),
  check('npx', ['prettier', '--check', '.']),
]);
for (const {line, output} of checks) if (output) console.log(`\n$ ${line}\n${output.trimEnd()}`);
const failed = checks.filter(({code}) => code !== 0);
for (const {line, code} of failed) console.error(`\n${line} failed (exit ${code}).`);
if (failed.length) process.exit(1);
console.log(`Type-checked and linted in ${seconds(since)}.`);

since = Date.now();
step('Building the site (docusaurus build)...');
run('npx', ['docusaurus', 'build']);
console.log(`Built in ${seconds(since)}.`);

since = Date.now();
step('Running the tests (Playwright: unit, examples, site)...');
const results = path.join(root, 'test-results', 'results.json');
fs.rmSync(results, {force: true});
const playwright = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {stdio: 'inherit', cwd: root});

const stats = fs.existsSync(results) ? JSON.parse(fs.readFileSync(results, 'utf8')).stats : undefined;
console.log(`\nTests ran in ${seconds(since)}; npm test took ${seconds(started)} in all.`);
if (stats) {
  const failed = stats.unexpected + stats.flaky;
  console.log(`tests: ${stats.expected} passed, ${failed} failed${stats.skipped ? `, ${stats.skipped} skipped` : ''}`);
}
process.exit(playwright.status ?? 1);

/** Runs a command to its end, its output kept (printed after, so that checks side by side do not interleave). */
function check(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd: root});
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code, signal) => resolve({line: `${command} ${args.join(' ')}`, code: code ?? signal, output}));
  });
}
