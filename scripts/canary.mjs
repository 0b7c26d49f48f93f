// `npm run canary`: the next release found by a command, not by a reader. For every example that
// runs, a copy outside the repository gets the newest published version of each package it
// names (the current line: `latest`; an older line: the newest of the majors its lockfile has),
// then `npm test` and `npm start` with its health check. Prints, per example, what moved and
// what broke. Not part of `npm test` or CI: it depends on what the registry published today.
//
//   npm run canary                 every example
//   npm run canary -- <name> ...   only these
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {listExamples} from '../tools/examples.mjs';
import {startExample} from '../tools/exampleApp.mjs';
import {families} from '../tools/families.mjs';
import {listExampleFiles, standaloneEnv} from '../tools/standaloneExample.mjs';

const canaryRoot = path.join(os.tmpdir(), 'multi-db-handbook-canary');
const wanted = process.argv.slice(2);
const examples = listExamples().filter(({name, description}) => description.runs === 'app' && (!wanted.length || wanted.includes(name)));
const currentVersions = new Set(families.map((family) => family.lines[0].version));

function sh(dir, command, args, env = process.env, timeout = 10 * 60_000) {
  const result = spawnSync(command, args, {cwd: dir, env: standaloneEnv(env), encoding: 'utf8', timeout});
  return {ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`};
}

/** name → version, of the packages package.json names, as the copy's node_modules has them. */
function installed(dir, names) {
  return Object.fromEntries(
    names.map((name) => {
      const file = path.join(dir, 'node_modules', name, 'package.json');
      return [name, fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).version : undefined];
    }),
  );
}

const tail = (text, lines = 25) => text.trim().split('\n').slice(-lines).join('\n');

/** An ERESOLVE cut down to the package found and the peer range it breaks; other errors' last lines. */
function conflict(output) {
  const found = /Found: (\S+)/.exec(output)?.[1];
  const peer = /Could not resolve dependency:\s*\n(?:npm error )?(peer[^\n]*)/.exec(output)?.[1];
  return found && peer ? `ERESOLVE: the newest ${found} does not satisfy ${peer}` : tail(output);
}

const report = [];
for (const {name, dir: source, description} of examples) {
  console.log(`\n> ${name}`);
  const dir = path.join(canaryRoot, name);
  fs.rmSync(dir, {recursive: true, force: true});
  for (const file of listExampleFiles(source)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.copyFileSync(path.join(source, file), path.join(dir, file));
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const names = Object.keys({...pkg.dependencies, ...pkg.devDependencies});
  const install = sh(dir, 'npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);
  if (!install.ok) {
    report.push({name, broke: [`npm ci from its own lockfile failed:\n${tail(install.output)}`], moved: []});
    continue;
  }
  const before = installed(dir, names);
  const current = currentVersions.has(description.version);
  const specs = names.map((dep) => `${dep}@${current || !before[dep] ? 'latest' : `^${before[dep].split('.')[0]}`}`);
  const upgrade = sh(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...specs]);
  const after = installed(dir, names);
  const moved = names.filter((dep) => before[dep] !== after[dep]).map((dep) => `${dep} ${before[dep]} → ${after[dep]}`);
  const broke = [];
  if (!upgrade.ok) broke.push(`npm install of the newest versions failed:\n${conflict(upgrade.output)}`);
  else {
    const ls = sh(dir, 'npm', ['ls']);
    if (!ls.ok)
      broke.push(
        `npm ls reports problems:\n${tail(
          ls.output
            .split('\n')
            .filter((line) => /invalid|missing|ERR/.test(line))
            .join('\n'),
        )}`,
      );
    const test = sh(dir, 'npm', ['test']);
    if (!test.ok) broke.push(`npm test failed:\n${tail(test.output)}`);
    try {
      await (await startExample(name, {}, {dir, health: description.checks?.health, timeoutMs: 180_000, npmStart: true})).stop();
    } catch (error) {
      broke.push(`npm start did not answer its health check:\n${tail(error.message)}`);
    }
  }
  report.push({name, moved, broke});
  console.log(`< ${name}: ${broke.length ? 'BROKE' : 'ok'} (${moved.length} packages moved)`);
}

console.log('\nCanary report');
for (const {name, moved, broke} of report) {
  console.log(`\n## ${name}: ${broke.length ? 'breaks on the newest versions' : 'works on the newest versions'}`);
  console.log(moved.length ? moved.map((line) => `- ${line}`).join('\n') : '- no package has a newer version');
  for (const problem of broke) console.log(`\n${problem}`);
}
const broken = report.filter((entry) => entry.broke.length).length;
console.log(`\ncanary: ${report.length - broken} passed, ${broken} failed`);
process.exit(broken ? 1 : 0);
