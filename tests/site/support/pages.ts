import fs from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';

/** Every page of the built site, read from the sitemap Docusaurus writes at build time. */
export function builtPages(): string[] {
  const sitemap = fs.readFileSync(path.join('build', 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  if (paths.length === 0) throw new Error('build/sitemap.xml lists no pages: run the build first (npm test does)');
  return paths.sort();
}

/** Guide pages: every page of every docs family and version. */
export function guidePages(): string[] {
  return builtPages().filter((p) => p.startsWith('/nestjs-query') || p.startsWith('/eloquent'));
}

/** Open a page and wait until React has hydrated it, so controls respond. */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
}
