import {test, expect, type Page} from '@playwright/test';
import {openHydrated} from '../../tools/site.mjs';
import {versionLabel} from './support/versions';

// The three 9.x guides of examples/nestjs-cross-db: in the sidebar, linked from the overview and
// from Multiple databases, and (they have no 0.30.x version) the version menu takes a reader on
// them to the 0.30.x overview, which says why.
const pages = [
  {url: '/nestjs-query/transactions', title: 'Transactions on a named connection'},
  {url: '/nestjs-query/data-across-databases', title: 'Data across two databases'},
  {url: '/nestjs-query/injecting-connections', title: 'Injecting connections'},
];

const navbar = (page: Page) => page.getByRole('navigation', {name: 'Main'});

for (const {url, title} of pages) {
  test(`${title}: in the 9.x sidebar, linked from the overview and from Multiple databases`, async ({page}) => {
    await openHydrated(page, url);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(title);
    const sidebar = page.getByRole('navigation', {name: 'Docs sidebar'});
    await expect(sidebar.getByRole('link', {name: title, exact: true})).toHaveAttribute('href', url);
    for (const from of ['/nestjs-query/', '/nestjs-query/multiple-databases']) {
      await openHydrated(page, from);
      await expect(page.getByRole('main').getByRole('link', {name: title, exact: true}).first()).toHaveAttribute('href', url);
    }
  });

  test(`${title}: the 0.30.x version menu lands on that version's overview, which says the page is not there`, async ({page}) => {
    await openHydrated(page, url);
    await navbar(page)
      .getByRole('button', {name: versionLabel('nestjs-query', '9.x'), exact: true})
      .hover();
    await navbar(page)
      .getByRole('link', {name: versionLabel('nestjs-query', '0.30.x'), exact: true})
      .click();
    await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText('NestJS + nestjs-query 0.30 on several databases');
    await expect(page.getByRole('status').filter({hasText: `“${title}” is not in ${versionLabel('nestjs-query', '0.30.x')}`})).toBeVisible();
  });
}
