// The NestJS guides' references to other sites, and the forRoot form they show. There is no
// network here, so every outside address below was checked by hand against the stored sources
// named beside it; a page that links anywhere else fails until its address is checked and added.
import {test, expect, type Page} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';
import {firstSnippetOf} from './support/snippet-source';
import {deployment} from '../../tools/deployment.mjs';

const checked = new Set([
  // nestjs/docs.nestjs.com: content/data/typeorm.md ("#### Multiple databases"); the old
  // /techniques/database#multiple-databases redirects there (src/app/homepage/pages/data/database-sections.ts)
  'https://docs.nestjs.com/data/typeorm#multiple-databases',
  'https://docs.nestjs.com/data/typeorm',
  // typeorm/typeorm: docs/docs/data-source/3-multiple-data-sources.md and its "##" headings
  'https://typeorm.io/docs/data-source/multiple-data-sources#using-multiple-data-sources',
  'https://typeorm.io/docs/data-source/multiple-data-sources#using-multiple-databases-within-a-single-data-source',
  'https://typeorm.io/docs/data-source/multiple-data-sources#using-multiple-schemas-within-a-single-data-source',
  // typeorm/typeorm: docs/multiple-connections.md of the 0.2 line and its "##" headings
  'https://github.com/typeorm/typeorm/blob/0.2.45/docs/multiple-connections.md#using-multiple-connections',
  'https://github.com/typeorm/typeorm/blob/0.2.45/docs/multiple-connections.md#using-multiple-databases-in-a-single-connection',
  'https://github.com/typeorm/typeorm/blob/0.2.45/docs/multiple-connections.md#using-multiple-schemas-in-a-single-connection',
  // TriPSs/nestjs-query: documentation/docs/persistence/typeorm/multiple-databases.md, examples/typeorm-multidb/
  'https://tripss.github.io/nestjs-query/docs/persistence/typeorm/multiple-databases',
  'https://github.com/TriPSs/nestjs-query/tree/master/examples/typeorm-multidb',
  // doug-martin/nestjs-query: the published page, examples/typeorm-multidb/
  'https://doug-martin.github.io/nestjs-query/docs/persistence/typeorm/multiple-databases',
  'https://github.com/doug-martin/nestjs-query/tree/master/examples/typeorm-multidb',
  // TriPSs/nestjs-query: the issue asking for NestJS 12 peers (opened 2026-09-09), as the team's
  // research notes on the December 2026 stack name it; newer than the stored issue index.
  'https://github.com/TriPSs/nestjs-query/issues/532',
  'https://sql.js.org',
]);

const pages = [
  '/nestjs-query/',
  '/nestjs-query/multiple-databases',
  '/nestjs-query/upgrading-from-0.30',
  '/nestjs-query/upgrading-from-nestjs-11',
  '/nestjs-query/0.30/',
  '/nestjs-query/0.30/multiple-databases',
];

// The handbook's own repository (the launcher's "its folder in the repository") is not a reference.
const {repository} = deployment();

/** Links of the page's article that leave the site and its repository. */
async function outsideLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('article a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  return hrefs.filter((href) => !href.startsWith(new URL(page.url()).origin) && !href.startsWith(`${repository}/`));
}

test.describe('each page', () => {
  // The links are in the page's HTML as served: no need to run (and hydrate) it.
  test.use({javaScriptEnabled: false});
  for (const url of pages) {
    test(`${url} links only addresses checked against their sources`, async ({page}) => {
      await page.goto(url);
      const links = (await outsideLinks(page)).map((href) => href.replace(/\/$/, ''));
      for (const href of links) expect(checked, `${href} on ${url} has not been checked`).toContain(href);
      if (url.endsWith('multiple-databases')) {
        // NestJS's chapter where it is now, and nestjs-query's own page and example.
        expect(links).toContain('https://docs.nestjs.com/data/typeorm#multiple-databases');
        expect(links.some((href) => href.endsWith('/examples/typeorm-multidb'))).toBe(true);
        expect(links.some((href) => href.endsWith('/docs/persistence/typeorm/multiple-databases'))).toBe(true);
      }
    });
  }
});

test('both versions show the forRoot form from their example, and the entry for two connections without a name', async ({page}) => {
  for (const [url, example, source] of [
    ['/nestjs-query/multiple-databases', 'nestjs-multi-db', 'docs/nestjs-query/multiple-databases.mdx'],
    ['/nestjs-query/0.30/multiple-databases', 'nestjs-multi-db-legacy', 'nestjs-query_versioned_docs/version-0.30.x/multiple-databases.mdx'],
  ]) {
    await openHydrated(page, url);
    const file = `examples/${example}/src/sync-app.module.ts`;
    const code = firstSnippetOf(source, `${example}/src/sync-app.module.ts`);
    const block = page.locator('.theme-code-block').filter({has: page.getByText(file, {exact: true})});
    await expect(block).toHaveCount(1);
    // Lines far from the viewport skip layout (content-visibility), and have no innerText until
    // the reader scrolls to them.
    await block.scrollIntoViewIfNeeded();
    await expect(block.locator('code')).toHaveText(code.trimEnd(), {useInnerText: true});
    await openHydrated(page, url.replace('multiple-databases', 'troubleshooting-multiple-databases'));
    await expect(page.getByRole('heading', {level: 3, name: 'Two connections without a name'})).toBeVisible();
  }
});
