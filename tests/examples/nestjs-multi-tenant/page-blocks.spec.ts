// What a reader copies from the guide compiles: for every TypeScript file the page shows, its
// blocks in page order, pasted one after the other into a new file beside the original, type-check
// with the example's own compiler and settings.
import {expect, test} from '@playwright/test';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {extractRegion, stripRegionMarkers} from '../../../src/lib/regions';
import {exampleDir, repoRoot} from '../support/nestjs-app';
import {tenantExamples} from './tenant-app';

for (const example of tenantExamples) {
  test(`${example.name}: the guide's TypeScript blocks, pasted in page order, type-check`, () => {
    // "In short" repeats a piece of code that the page then shows whole.
    const page = fs.readFileSync(path.join(repoRoot, example.guide), 'utf8').replace(/^## In short\n[\s\S]*?(?=^## )/m, '');
    const tag = new RegExp(`<Snippet file="${example.name}/([^"]+\\.ts)"(?: region="([^"]+)")? />`, 'g');
    const blocks = new Map<string, string[]>(); // file -> regions in page order ('' for the whole file)
    for (const [, file, region = ''] of page.matchAll(tag)) blocks.set(file, [...(blocks.get(file) ?? []), region]);
    expect(blocks.size, 'the page shows TypeScript files').toBeGreaterThan(5);

    const source = exampleDir(example.name);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), `${example.name}-page-`));
    try {
      for (const entry of ['src', 'tsconfig.json', 'package.json']) fs.cpSync(path.join(source, entry), path.join(copy, entry), {recursive: true});
      fs.symlinkSync(path.join(source, 'node_modules'), path.join(copy, 'node_modules'));
      const pasted: string[] = [];
      for (const [file, regions] of blocks) {
        expect(new Set(regions).size, `${file}: no block shown twice`).toBe(regions.length);
        const text = fs.readFileSync(path.join(source, file), 'utf8');
        const code = regions.map((region) => (region ? extractRegion(text, region) : stripRegionMarkers(text))).join('\n\n');
        const target = path.join(copy, file.replace(/\.ts$/, '.copied-from-page.ts'));
        fs.writeFileSync(target, `${code}\n`);
        pasted.push(path.relative(copy, target));
      }
      const tsc = spawnSync(process.execPath, [path.join(copy, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', copy], {encoding: 'utf8'});
      expect(tsc.stdout + tsc.stderr, `pasted: ${pasted.join(', ')}`).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      fs.rmSync(copy, {recursive: true, force: true});
    }
  });
}
