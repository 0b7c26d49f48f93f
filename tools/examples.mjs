// @ts-check
// The examples under examples/, each with its checked handbook.json: the one list that the
// examples manifest, the tests, scripts/ and the benchmark read.
import fs from 'node:fs';
import path from 'node:path';
import {ExampleDescriptionError, parseExampleDescription} from './exampleDescription.mjs';
import {root} from './paths.mjs';

/** @typedef {import('../src/lib/exampleDescription.ts').Example} Example */

/**
 * Every folder of `examplesDir` that holds a project (package.json), with its description,
 * sorted by name. Throws, naming the file, when a description is missing or wrong, or names a
 * file the example does not have.
 * @param {string} [examplesDir]
 * @returns {Example[]}
 */
export function listExamples(examplesDir = path.join(root, 'examples')) {
  if (!fs.existsSync(examplesDir)) return [];
  return fs
    .readdirSync(examplesDir)
    .sort()
    .map((name) => path.join(examplesDir, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'package.json')))
    .map(readExample);
}

/**
 * @param {string} dir
 * @returns {Example}
 */
export function readExample(dir) {
  const name = path.basename(dir);
  const shown = `examples/${name}/handbook.json`;
  const file = path.join(dir, 'handbook.json');
  if (!fs.existsSync(file)) {
    throw new ExampleDescriptionError(shown, 'is missing; every example describes itself there (see "How to add an example" in README.md)');
  }
  const description = parseExampleDescription(fs.readFileSync(file, 'utf8'), shown);
  const files = [
    ['open', description.open],
    ['checks.smoke', description.checks?.smoke],
    ...(description.sqljsOnlyTests ?? []).map((test, i) => [`sqljsOnlyTests.${i}`, test]),
  ];
  for (const [field, relative] of files) {
    if (relative && !fs.statSync(path.join(dir, relative), {throwIfNoEntry: false})?.isFile()) {
      throw new ExampleDescriptionError(shown, `"${field}" names ${relative}, which is not a file of examples/${name}`);
    }
  }
  return {name, dir, description};
}
