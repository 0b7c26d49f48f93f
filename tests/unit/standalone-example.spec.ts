import {test, expect} from '@playwright/test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {assertNothingAbove, standaloneEnv, standaloneRoot} from '../../tools/standaloneExample.mjs';

// Examples run in copies outside the repository (tools/standaloneExample.mjs). Inside it, Node's
// module lookup climbs into the site's own node_modules and hides a dependency that an example
// forgot; these tests show that the copies cannot do that.

/** An "example" whose code needs a package that only a node_modules above it provides. */
function exampleBelowModules(): {copies: string; example: string} {
  const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'module-guard-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(copies, file)), {recursive: true});
    fs.writeFileSync(path.join(copies, file), text);
  };
  write('node_modules/only-above/index.js', "module.exports = 'from above';\n");
  write('demo/node_modules/own/index.js', "module.exports = 'own';\n");
  write('demo/uses-own.cjs', "console.log(require('own'));\n");
  write('demo/uses-above.cjs', "console.log(require('only-above'));\n");
  write('demo/uses-above.mjs', "import value from 'only-above';\nconsole.log(value);\n");
  return {copies, example: path.join(copies, 'demo')};
}

function runIn(copies: string, example: string, file: string) {
  const env = {...standaloneEnv(process.env), EXAMPLES_COPY_ROOT: copies};
  return spawnSync(process.execPath, [file], {cwd: example, env, encoding: 'utf8'});
}

test("a module the example loads from outside its folder is an error naming the module and the example's file", () => {
  const {copies, example} = exampleBelowModules();
  expect(runIn(copies, example, 'uses-own.cjs').stdout).toBe('own\n');
  for (const file of ['uses-above.cjs', 'uses-above.mjs']) {
    const run = runIn(copies, example, file);
    expect(run.status, file).not.toBe(0);
    expect(run.stderr).toContain(`node_modules/only-above/index.js was loaded from outside the example`);
    expect(run.stderr).toContain(`demo/${file}`);
    expect(run.stderr).toContain("add the package that provides it to the example's package.json");
  }
});

test('a copy below a node_modules folder, or inside the repository, is refused', () => {
  const {example} = exampleBelowModules();
  expect(() => assertNothingAbove(example)).toThrow(/node_modules exists: an example copied below it could load modules from there/);
  expect(() => assertNothingAbove(path.resolve('examples/demo'))).toThrow(/inside the repository/);
  expect(() => assertNothingAbove(path.join(standaloneRoot, 'demo'))).not.toThrow();
});

test('the copies get no NODE_PATH', () => {
  expect(standaloneEnv({NODE_PATH: '/usr/lib/node_modules', PATH: '/bin'})).not.toHaveProperty('NODE_PATH');
});
