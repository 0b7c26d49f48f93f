// @ts-check
// Checks one example's handbook.json against examples/handbook.schema.json (the one statement of
// the rules; editors complete the file from it through its "$schema"). Plain JavaScript so that
// scripts run it without a compiler; TypeScript code imports it through src/lib/exampleDescription.ts.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import Ajv from 'ajv';

/** @typedef {import('../src/lib/exampleDescription.ts').ExampleDescription} ExampleDescription */

export const schemaFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'handbook.schema.json');
export const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const validate = new Ajv({verbose: true}).compile(schema);

export class ExampleDescriptionError extends Error {
  /**
   * @param {string} file where the description is, as the reader names it (examples/x/handbook.json)
   * @param {string} problem what is wrong, naming the field
   */
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.name = 'ExampleDescriptionError';
    this.file = file;
  }
}

/**
 * The description in `text`, checked against the schema; throws an ExampleDescriptionError naming
 * `file` and the first field that is wrong.
 * @param {string} text
 * @param {string} file
 * @returns {ExampleDescription}
 */
export function parseExampleDescription(text, file) {
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExampleDescriptionError(file, `is not valid JSON (${/** @type {Error} */ (error).message})`);
  }
  if (!validate(data)) throw new ExampleDescriptionError(file, problemOf(validate.errors?.[0], data));
  return /** @type {ExampleDescription} */ (data);
}

/**
 * One schema error in the words of the file's author: the field, and what it must be.
 * @param {import('ajv').ErrorObject | undefined} error
 * @param {unknown} data
 */
function problemOf(error, data) {
  if (!error) return 'does not match examples/handbook.schema.json';
  const field = error.instancePath.slice(1).replaceAll('/', '.');
  const at = field ? `"${field}"` : 'the file';
  const value = field ? JSON.stringify(field.split('.').reduce((v, key) => /** @type {any} */ (v)?.[key], data)) : '';
  const definition = (error.parentSchema?.description ?? '').replace(/\.$/, '');
  switch (error.keyword) {
    case 'required':
      return `"${field ? `${field}.` : ''}${error.params.missingProperty}" is missing`;
    case 'additionalProperties':
      return `"${field ? `${field}.` : ''}${error.params.additionalProperty}" is not a known field (known: ${Object.keys(error.parentSchema?.properties ?? {})
        .filter((k) => k !== '$schema')
        .join(', ')})`;
    case 'pattern':
      if (error.propertyName) return `${at}: ${JSON.stringify(error.propertyName)} is not an environment variable name (A-Z, 0-9, _)`;
      if (error.params.pattern === '\\S') return `${at} must be a non-empty string, not ${value}`;
      return `${at} must be ${definition ? definition.charAt(0).toLowerCase() + definition.slice(1) : `like ${error.params.pattern}`}, not ${value}`;
    case 'enum':
      return `${at} must be one of ${error.params.allowedValues.map((/** @type {string} */ v) => JSON.stringify(v)).join(', ')}, not ${value}`;
    case 'not':
      return '"checks" only apply to "runs": "app" (a typecheck example is never started)';
    case 'type':
      return `${at === 'the file' ? 'the file must hold one JSON object ({"title": ..., "summary": ..., ...})' : `${at} must be ${error.params.type === 'object' ? 'an object' : `a ${error.params.type}`}, not ${value}`}`;
    default:
      return `${at} ${error.message}${value ? `, not ${value}` : ''}`;
  }
}
