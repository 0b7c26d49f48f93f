import {test, expect, type Page} from '@playwright/test';
import {openHydrated} from './support/pages';

const navbar = (page: Page) => page.getByRole('navigation', {name: 'Main'});

async function chooseVersion(page: Page, from: string, to: string) {
  await navbar(page).getByRole('button', {name: from}).hover();
  await navbar(page).getByRole('link', {name: to, exact: true}).click();
}

test('eloquent: switching 1.1.x to 1.0.x keeps the page and shows the older-version banner', async ({page}) => {
  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
  await chooseVersion(page, '1.1.x', '1.0.x');
  await expect(page).toHaveURL(/\/eloquent\/1\.0\/multi-connection-strategy$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Multi-Connection Strategy'})).toBeVisible();
  await expect(page.getByText(/This is documentation for .*1\.0\.x.*which is no longer actively maintained/)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('eloquent-orm.js 1.0.x');

  await chooseVersion(page, '1.0.x', '1.1.x');
  await expect(page).toHaveURL(/\/eloquent\/multi-connection-strategy$/);
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
});

test('nestjs-query: switching 9.x to 0.30.x keeps the overview', async ({page}) => {
  await openHydrated(page, '/nestjs-query/');
  await chooseVersion(page, '9.x', '0.30.x');
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
  await expect(page.getByRole('main')).toContainText('@nestjs-query/core');
  await expect(page.getByText(/This is documentation for .*0\.30\.x/)).toBeVisible();
});

test('the navbar shows only the version dropdown of the family being read', async ({page}) => {
  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(navbar(page).getByRole('button', {name: '1.1.x'})).toBeVisible();
  await expect(navbar(page).getByRole('button', {name: '9.x'})).toHaveCount(0);

  await openHydrated(page, '/nestjs-query/0.30/');
  await expect(navbar(page).getByRole('button', {name: '0.30.x'})).toBeVisible();
  await expect(navbar(page).getByRole('button', {name: /^1\.[01]\.x$/})).toHaveCount(0);

  await openHydrated(page, '/');
  await expect(navbar(page).getByRole('button', {name: /\.x$/})).toHaveCount(0);
});

test("a page missing from the other version lands on that version's first page", async ({page}) => {
  await openHydrated(page, '/nestjs-query/upgrading-from-0.30');
  await chooseVersion(page, '9.x', '0.30.x');
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('NestJS + nestjs-query 0.30 on several databases');
});
