// Where a reader lands when they switch to a guide line that lacks the page they are reading: the
// page with the same slug in that line, else the one whose slug shares most of its words, else the
// line's main page. Framework-free: the version menu uses it in the browser, the unit tests in Node.

/** A page of a guide line, as the docs plugin's client data gives it. */
export interface LinePage {
  id: string;
  /** the page's route, e.g. "/nestjs-query/0.30/testing" */
  path: string;
}

/** A guide line: its route and its pages. */
export interface Line {
  path: string;
  docs: LinePage[];
  mainDocId: string;
}

// Words that say nothing about a page's subject.
const FILLERS = new Set(['a', 'an', 'and', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with']);

/** A page's route inside its line: "/nestjs-query/0.30/testing" in "/nestjs-query/0.30" → "testing". */
function slug(page: LinePage, line: Line): string {
  const base = line.path.replace(/\/$/, '');
  return page.path.startsWith(base) ? page.path.slice(base.length).replace(/^\/|\/$/g, '') : page.path;
}

/** The words of a page's slug, or of its id for a line's index page (slug ""). */
function words(page: LinePage, line: Line): Set<string> {
  const name = slug(page, line) || page.id;
  return new Set(
    name
      .toLowerCase()
      .split(/[-_/\s]+/)
      .filter((word) => word && !FILLERS.has(word)),
  );
}

/** Shared words over the longer page's words: 1 for the same words, 0 for none in common. */
function likeness(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / Math.max(a.size, b.size, 1);
}

/** Pages at least this alike are "the nearest"; below it the line's main page serves better. */
export const NEAR_ENOUGH = 0.5;

export interface Nearest {
  page: LinePage;
  /** how it was found */
  by: 'slug' | 'words' | 'main page';
}

/** The page of `to` nearest to `page` of `from`. */
export function nearestPage(page: LinePage, from: Line, to: Line): Nearest {
  const own = slug(page, from);
  const sameSlug = to.docs.find((doc) => slug(doc, to) === own);
  if (sameSlug) return {page: sameSlug, by: 'slug'};
  const mine = words(page, from);
  let best: {page: LinePage; score: number} | undefined;
  for (const doc of to.docs) {
    const score = likeness(mine, words(doc, to));
    if (score >= NEAR_ENOUGH && score > (best?.score ?? 0)) best = {page: doc, score};
  }
  if (best) return {page: best.page, by: 'words'};
  const main = to.docs.find((doc) => doc.id === to.mainDocId) ?? to.docs[0];
  if (!main) throw new Error(`the guide line at ${to.path} has no pages`);
  return {page: main, by: 'main page'};
}
