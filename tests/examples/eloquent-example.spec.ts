import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {extractRegion} from '../../src/lib/regions';
import {listExamples} from '../../tools/examples.mjs';
import {exampleDir, ownTsc} from '../../tools/exampleApp.mjs';

// The eloquent-orm.js examples cannot install the package here; they type-check their models
// against the API declared in types/ (tests/examples/every-example.spec.ts runs that `npm start`).
// Here: a model on the wrong kind of connection must fail, or the check would prove nothing, the
// declarations must take what the package takes, and the model snippets must compile as a reader
// copies them off the page.
const examples = listExamples()
  .filter(({description}) => description.family === 'eloquent')
  .map(({name}) => ({name, guide: guideShowing(name)}));

/** The one guide page that shows the example's models. */
function guideShowing(name: string): string {
  const pages = ['docs/eloquent', ...fs.readdirSync('eloquent_versioned_docs').map((v) => `eloquent_versioned_docs/${v}`)]
    .flatMap((dir) =>
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => `${dir}/${f}`),
    )
    .filter((page) => fs.readFileSync(page, 'utf8').includes(`<Snippet file="${name}/src/models.ts"`));
  if (pages.length !== 1) throw new Error(`expected one guide showing ${name}/src/models.ts, found: ${pages.join(', ') || 'none'}`);
  return pages[0];
}

test('the eloquent family has examples to check (the loop below is not empty)', () => {
  expect(examples.length).toBeGreaterThan(0);
});

// With the example's own TypeScript, as its `npm start` does.
const typecheck = (dir: string) => ownTsc(dir, ['-p', 'tsconfig.json']);

/** A scratch copy of the example's standalone copy (installed from its own lockfile). */
function copyOf(name: string) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  fs.cpSync(exampleDir(name), copy, {recursive: true});
  return copy;
}

/** The regions of src/models.ts the page shows, in page order, pasted one after the other. */
function modelsAsCopied(name: string, guide: string) {
  const page = fs.readFileSync(guide, 'utf8');
  const models = fs.readFileSync(path.join('examples', name, 'src', 'models.ts'), 'utf8');
  const tag = new RegExp(`<Snippet file="${name}/src/models\\.ts" region="([^"]+)" />`, 'g');
  const regions = [...page.matchAll(tag)].map((match) => match[1]);
  return {regions, text: regions.map((region) => extractRegion(models, region)).join('\n\n') + '\n'};
}

for (const {name, guide} of examples) {
  test(`${name}: the models type-check, also as copied from the page, and SqlModel takes mongo_test as the package does`, () => {
    const copy = copyOf(name);
    const copied = modelsAsCopied(name, guide);
    expect(copied.regions).toEqual(['imports', 'attrs', 'user', 'geolocation', 'register']);
    fs.writeFileSync(path.join(copy, 'src', 'copied-from-page.ts'), copied.text);
    // The package's SqlModel refuses only the name mongo; the declarations must not refuse more.
    const models = fs.readFileSync(path.join(copy, 'src', 'models.ts'), 'utf8');
    fs.writeFileSync(path.join(copy, 'src', 'sql-on-mongo-test.ts'), models.replace('super("users", "mysql")', 'super("users", "mongo_test")'));
    const result = typecheck(copy);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  test(`${name}: the mistake programs do not type-check`, () => {
    const copy = copyOf(name);
    for (const mistake of ['sql-model-on-mongo.ts', 'mongo-model-on-sql.ts']) {
      fs.copyFileSync(path.join(copy, 'mistakes', mistake), path.join(copy, 'src', mistake));
    }
    const result = typecheck(copy);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `src/sql-model-on-mongo.ts(12,20): error TS2345: Argument of type '"mongo"' is not assignable to parameter of type 'SqlConnectionName | undefined'.`,
    );
    expect(result.output).toContain(
      `src/mongo-model-on-sql.ts(12,27): error TS2345: Argument of type '"mysql"' is not assignable to parameter of type 'MongoConnectionName'.`,
    );
    expect(result.output.match(/error TS/g)).toHaveLength(2);
  });
}
