import fs from 'node:fs';
import path from 'node:path';
import {root as repoRoot} from '../../../tools/paths.mjs';

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
