// The pages to twin, read from the docs plugin instances' loaded content: every doc of every
// family and version, in sidebar order, with its live URL and its twin's URL.
import path from 'node:path';

export interface Family {
  id: string;
  label: string;
}

export interface DocPage {
  family: Family;
  version: {name: string; label: string; path: string; isLast: boolean};
  title: string;
  description: string;
  permalink: string;
  /** Absolute path of the MDX file. */
  source: string;
}

interface LoadedDoc {
  title: string;
  description: string;
  permalink: string;
  source: string;
  sidebarPosition?: number;
  unlisted?: boolean;
  draft?: boolean;
}

interface LoadedVersion {
  versionName: string;
  label: string;
  path: string;
  isLast: boolean;
  docs: LoadedDoc[];
}

export type DocsContent = Record<string, {loadedVersions: LoadedVersion[]} | undefined>;

/** `/nestjs-query/multiple-databases` → `/nestjs-query/multiple-databases.md` (a family's index page: `/nestjs-query.md`). */
export function twinPath(permalink: string): string {
  return `${permalink.replace(/\/$/, '')}.md`;
}

export function docPages(docs: DocsContent, families: Family[], siteDir: string): DocPage[] {
  return families.flatMap((family) => {
    const content = docs[family.id];
    if (!content) throw new Error(`[markdown-twins] no docs plugin instance "${family.id}"`);
    return content.loadedVersions.flatMap((version) =>
      [...version.docs]
        .filter((doc) => !doc.draft && !doc.unlisted)
        .sort((a, b) => (a.sidebarPosition ?? Infinity) - (b.sidebarPosition ?? Infinity) || a.permalink.localeCompare(b.permalink))
        .map((doc) => ({
          family,
          version: {name: version.versionName, label: version.label, path: version.path, isLast: version.isLast},
          title: doc.title,
          description: doc.description,
          permalink: doc.permalink,
          source: path.resolve(siteDir, doc.source.replace(/^@site\//, '')),
        })),
    );
  });
}
