import {test, expect} from '@playwright/test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {listExamples} from '../../tools/examples.mjs';

// The eloquent-orm.js examples cannot install the package here; they type-check their models
// against the documented API declared in types/ (tests/examples/every-example.spec.ts runs that
// `npm start`). A model on the wrong kind of connection must fail, or the check would prove nothing.
const examples = listExamples()
  .filter(({description}) => description.family === 'eloquent')
  .map(({name}) => name);

// With the example's own TypeScript, as its `npm start` does.
function typecheck(dir: string) {
  const tsc = path.join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  return spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: dir, encoding: 'utf8'});
}

test('the eloquent family has examples to check (the loop below is not empty)', () => {
  expect(examples.length).toBeGreaterThan(0);
});

for (const name of examples) {
  test(`${name}: a SQL model on the mongo connection does not type-check`, () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    fs.cpSync(path.join('examples', name), copy, {recursive: true});
    const models = path.join(copy, 'src', 'models.ts');
    fs.writeFileSync(models, fs.readFileSync(models, 'utf8').replace('super("users", "mysql")', 'super("users", "mongo")'));
    const result = typecheck(copy);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(`Argument of type '"mongo"' is not assignable to parameter of type 'SqlConnectionName | undefined'`);
  });
}
