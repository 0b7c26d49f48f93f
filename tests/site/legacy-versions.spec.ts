// The nestjs-query family's two versions of the multiple-databases guide, each cut from its own
// example, the version dropdown between them, and the upgrade page that shows both examples.
import {test, expect, type Locator, type Page} from '@playwright/test';
import fs from 'node:fs';
import {unifiedDiff} from '../../src/lib/lineDiff';
import {extractRegion} from '../../src/lib/regions';
import {openHydrated} from '../../tools/site.mjs';
import {firstSnippetOf} from './support/snippet-source';
import {versionLabel} from './support/versions';

const navbar = (page: Page) => page.getByRole('navigation', {name: 'Main'});

async function chooseVersion(page: Page, from: string, to: string) {
  await navbar(page).getByRole('button', {name: from, exact: true}).hover();
  await navbar(page).getByRole('link', {name: to, exact: true}).click();
}

const region = (file: string, name: string) => extractRegion(fs.readFileSync(`examples/${file}`, 'utf8'), name);

/** The code block whose title is `title`. */
const codeBlock = (page: Page, title: string): Locator => page.locator('.theme-code-block').filter({has: page.getByText(title, {exact: true})});

/** The code of a block as its copy button gives it to the reader. */
async function codeOf(block: Locator): Promise<string> {
  await block.hover();
  await block.getByRole('button', {name: /copy/i}).click();
  return block.page().evaluate(() => navigator.clipboard.readText());
}

test.use({permissions: ['clipboard-read', 'clipboard-write']});

test('multiple databases: 9.x and 0.30.x switch to each other on the same page, each with its own example', async ({page}) => {
  await openHydrated(page, '/nestjs-query/multiple-databases');
  const nineBlock = codeBlock(page, 'examples/nestjs-multi-db/src/app.module.ts').filter({hasText: 'dataSourceFactory'});
  await expect(nineBlock.first()).toBeVisible();
  expect(await codeOf(nineBlock.first())).toBe(firstSnippetOf('docs/nestjs-query/multiple-databases.mdx', 'nestjs-multi-db/src/app.module.ts'));

  await chooseVersion(page, versionLabel('nestjs-query', '9.x'), versionLabel('nestjs-query', '0.30.x'));
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/multiple-databases$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Multiple databases'})).toBeVisible();
  await expect(page.getByText(/This is documentation for .*0\.30\.x/)).toBeVisible();
  const main = page.getByRole('main');
  const legacyBlock = codeBlock(page, 'examples/nestjs-multi-db-legacy/src/app.module.ts').filter({hasText: 'connectionFactory'});
  await expect(legacyBlock.first()).toBeVisible();
  expect(await codeOf(legacyBlock.first())).toBe(
    firstSnippetOf('nestjs-query_versioned_docs/version-0.30.x/multiple-databases.mdx', 'nestjs-multi-db-legacy/src/app.module.ts'),
  );
  // Every snippet of this version comes from the legacy example and says 0.30 things.
  await expect(main.getByText('examples/nestjs-multi-db/', {exact: false})).toHaveCount(0);
  await expect(main.locator('pre code').filter({hasText: /dataSourceFactory|@InjectDataSource|@ptc-org/})).toHaveCount(0);
  await expect(main.locator('pre code').filter({hasText: '@InjectConnection(SECRET_DB_CONNECTION)'})).toHaveCount(1);

  await chooseVersion(page, versionLabel('nestjs-query', '0.30.x'), versionLabel('nestjs-query', '9.x'));
  await expect(page).toHaveURL(/\/nestjs-query\/multiple-databases$/);
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
  await expect(nineBlock.first()).toBeVisible();
});

test('the 0.30.x guide links to the upgrade page of the 9.x family', async ({page}) => {
  await openHydrated(page, '/nestjs-query/0.30/multiple-databases');
  await page.getByRole('main').getByRole('link', {name: 'Upgrading from 0.30 to 9.x'}).first().click();
  await expect(page).toHaveURL(/\/nestjs-query\/upgrading-from-0\.30$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Upgrading from 0.30 to 9.x'})).toBeVisible();
  await expect(navbar(page).getByRole('button', {name: versionLabel('nestjs-query', '9.x'), exact: true})).toBeVisible();
});

test('the upgrade page shows each change as a diff built from both examples, and each side whole', async ({page}) => {
  await openHydrated(page, '/nestjs-query/nestjs-11/upgrading-from-0.30');
  const legacy = 'nestjs-multi-db-legacy/src/app.module.ts';
  const current = 'nestjs-multi-db-nest11/src/app.module.ts';

  // The default tab: the diff of the connections region, exactly as the two files give it.
  const diff = codeBlock(page, 'src/app.module.ts (connections): nestjs-multi-db-legacy → nestjs-multi-db-nest11');
  await expect(diff).toBeVisible();
  const shown = await codeOf(diff);
  expect(shown).toBe(unifiedDiff(region(legacy, 'connections'), region(current, 'connections'), Infinity));
  expect(shown).toMatch(/^-\s+connectionFactory:/m);
  expect(shown).toMatch(/^\+\s+dataSourceFactory:/m);

  // The tabs share one group: picking a version shows that example's code in every section.
  await page.getByRole('tab', {name: '0.30.x'}).first().click();
  const legacyBlock = codeBlock(page, `examples/${legacy}`).filter({hasText: 'connectionFactory'}).filter({hasNotText: 'GraphQLModule'});
  await expect(legacyBlock).toBeVisible();
  expect(await codeOf(legacyBlock)).toBe(region(legacy, 'connections'));
  await expect(codeBlock(page, 'examples/nestjs-multi-db-legacy/src/health/health.controller.ts (excerpt: the constructor of HealthController)')).toContainText(
    '@InjectConnection()',
  );
  await expect(diff).toBeHidden();

  await page.getByRole('tab', {name: '9.x'}).first().click();
  const currentBlock = codeBlock(page, `examples/${current}`).filter({hasText: 'dataSourceFactory'}).filter({hasNotText: 'GraphQLModule'});
  await expect(currentBlock).toBeVisible();
  expect(await codeOf(currentBlock)).toBe(region(current, 'connections'));
  await expect(codeBlock(page, 'examples/nestjs-multi-db-nest11/src/health/health.controller.ts (excerpt: the constructor of HealthController)')).toContainText(
    '@InjectDataSource()',
  );
  await expect(legacyBlock).toBeHidden();
});
