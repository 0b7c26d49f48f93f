// @ts-check
// What an example's lockfile installs: the versions the pages name ("tested with", the version
// menu, the compatibility matrix) are read here, never typed.
import fs from 'node:fs';
import path from 'node:path';
import {root} from './paths.mjs';

/** The packages a page names for a NestJS example, in the order it names them. */
export const STACK_PACKAGES = [
  '@nestjs/core',
  '@nestjs/typeorm',
  'typeorm',
  '@ptc-org/nestjs-query-core',
  '@nestjs-query/core',
  '@nestjs/graphql',
  'sql.js',
  'pg',
  'mysql2',
  'typescript',
];

/**
 * name → version installed by a lockfile (npm's lockfileVersion 2 or 3), for the top-level
 * packages among `names` that it installs.
 * @param {string} lockfile path of a package-lock.json
 * @param {string[]} [names]
 * @returns {Record<string, string>}
 */
export function lockedVersions(lockfile, names = STACK_PACKAGES) {
  if (!fs.existsSync(lockfile)) throw new Error(`${path.relative(root, lockfile)} is missing`);
  const {packages} = JSON.parse(fs.readFileSync(lockfile, 'utf8'));
  if (!packages) throw new Error(`${path.relative(root, lockfile)} is not an npm 7+ lockfile (no "packages")`);
  /** @type {Record<string, string>} */
  const versions = {};
  for (const name of names) {
    const entry = packages[`node_modules/${name}`];
    if (entry?.version) versions[name] = entry.version;
  }
  return versions;
}

/**
 * The lockfile of an example, or of one of its stacks.
 * @param {string} example folder name under examples/
 * @param {string} [stack]
 */
export function exampleLockfile(example, stack) {
  return path.join(root, 'examples', example, ...(stack ? ['stacks', stack] : []), 'package-lock.json');
}

/**
 * "NestJS 12 · TypeORM 1.1": the stack an example's lockfile installs, by major (and TypeORM's minor).
 * @param {string} example
 */
export function stackLabel(example) {
  const versions = lockedVersions(exampleLockfile(example), ['@nestjs/core', 'typeorm']);
  const parts = [];
  if (versions['@nestjs/core']) parts.push(`NestJS ${versions['@nestjs/core'].split('.')[0]}`);
  if (versions.typeorm) parts.push(`TypeORM ${versions.typeorm.split('.').slice(0, 2).join('.')}`);
  return parts.join(' · ');
}

/**
 * A guide line as the version menu names it: the library line, and the stack its example's
 * lockfile installs ("nestjs-query 9.x · NestJS 12 · TypeORM 1.1").
 * @param {import('./families.mjs').GuideLine} line
 */
export function lineLabel(line) {
  return [line.library, line.example && stackLabel(line.example)].filter(Boolean).join(' · ');
}
