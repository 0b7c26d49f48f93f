import fs from 'node:fs';
import path from 'node:path';
import {expect} from '@playwright/test';
import {root as repoRoot} from '../../../tools/paths.mjs';
import {escapeRegExp} from '../../../tools/text.mjs';

/**
 * A guide page's text (path from the repository root) followed by its troubleshooting page's
 * (`troubleshooting-<page>.mdx` beside it) when its entries have a page of their own.
 */
export function readGuide(guide: string): string {
  const file = path.join(repoRoot, guide);
  const troubleshooting = path.join(path.dirname(file), `troubleshooting-${path.basename(file)}`);
  return [file, troubleshooting]
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/**
 * The guide (and its troubleshooting page, see readGuide) must quote `line` as a test saw it:
 * runs of whitespace count as one space, and {port}, {id} and {n} in `line` stand for any number.
 */
export function expectGuideToQuote(guide: string, line: string): void {
  expect(fs.existsSync(path.join(repoRoot, guide)), `${guide} should exist`).toBe(true);
  const pattern = new RegExp(escapeRegExp(squash(line)).replace(/\\\{(port|id|n)\\\}/g, '\\d+'));
  expect(squash(readGuide(guide)), `${guide} should quote: ${line}`).toMatch(pattern);
}
