// The built site's pages, for tests that visit each of them.
import {guidePaths, sitemapPaths} from '../../../tools/site.mjs';

export {openHydrated} from '../../../tools/site.mjs';

/** Every page of the built site, read from the sitemap Docusaurus writes at build time. */
export function builtPages(): string[] {
  return sitemapPaths();
}

/** Guide pages: every page of every docs family and version. */
export function guidePages(): string[] {
  return guidePaths(sitemapPaths());
}
