// @ts-check
// The built site as the tests and the benchmark see it: its pages (from the sitemap Docusaurus
// writes) and a page opened in the browser once React has hydrated it.
import fs from 'node:fs';
import path from 'node:path';
import {families, lineRoute} from './families.mjs';
import {root} from './paths.mjs';

/**
 * Every page of a built site, sorted, read from its sitemap.xml.
 * @param {string} [buildDir]
 * @returns {string[]}
 */
export function sitemapPaths(buildDir = path.join(root, 'build')) {
  const file = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: build the site first (npx docusaurus build; npm test does it)`);
  const paths = [...fs.readFileSync(file, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  if (paths.length === 0) throw new Error(`${path.relative(root, file)} lists no pages`);
  return paths.sort();
}

/**
 * Guide pages: every page of every docs family and version.
 * @param {string[]} [paths] default: the built site's
 */
export function guidePaths(paths = sitemapPaths()) {
  return paths.filter((p) => families.some(({id}) => p === `/${id}` || p.startsWith(`/${id}/`)));
}

/**
 * Each guide line's first page (in sitemap order): for checks of what every page of a line shares.
 * @param {string[]} paths
 */
export function firstPageOfEachLine(paths) {
  const routes = families.flatMap((family) => family.lines.map((line) => lineRoute(family, line)));
  // A page belongs to the longest route it starts with: /nestjs-query/0.30/x is 0.30's, not current's.
  const routeOf = (/** @type {string} */ p) => routes.filter((route) => `${p}/`.startsWith(route)).sort((a, b) => b.length - a.length)[0];
  return routes.map((route) => guidePaths(paths).find((p) => routeOf(p) === route)).filter((p) => p !== undefined);
}

/**
 * Opens `url` and waits until React has hydrated the page, so its controls respond.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {number} [timeout]
 */
export async function openHydrated(page, url, timeout) {
  await page.goto(url);
  await page.locator('html[data-has-hydrated="true"]').waitFor({timeout});
}
