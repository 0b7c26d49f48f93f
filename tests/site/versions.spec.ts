import {test, expect, type Page} from '@playwright/test';
import {openHydrated} from './support/pages';
import {versionLabel} from './support/versions';

const navbar = (page: Page) => page.getByRole('navigation', {name: 'Main'});

async function chooseVersion(page: Page, from: string, to: string) {
  await navbar(page).getByRole('button', {name: from, exact: true}).hover();
  await navbar(page).getByRole('link', {name: to, exact: true}).click();
}

test('eloquent: switching 1.1.x to 1.0.x keeps the page and shows the older-version banner', async ({page}) => {
  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
  await chooseVersion(page, versionLabel('eloquent', '1.1.x'), versionLabel('eloquent', '1.0.x'));
  await expect(page).toHaveURL(/\/eloquent\/1\.0\/multi-connection-strategy$/);
  await expect(page.getByRole('heading', {level: 1, name: 'Multi-Connection Strategy'})).toBeVisible();
  await expect(page.getByText(/This is documentation for .*1\.0\.x.*which is no longer actively maintained/)).toBeVisible();
  await expect(page.getByRole('main')).toContainText('eloquent-orm.js 1.0.x');

  await chooseVersion(page, versionLabel('eloquent', '1.0.x'), versionLabel('eloquent', '1.1.x'));
  await expect(page).toHaveURL(/\/eloquent\/multi-connection-strategy$/);
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
});

test('nestjs-query: switching 9.x to 0.30.x keeps the overview', async ({page}) => {
  await openHydrated(page, '/nestjs-query/');
  await chooseVersion(page, versionLabel('nestjs-query', '9.x'), versionLabel('nestjs-query', '0.30.x'));
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
  await expect(page.getByRole('main')).toContainText('@nestjs-query/core');
  await expect(page.getByText(/This is documentation for .*0\.30\.x/)).toBeVisible();
});

test('nestjs-query: the NestJS 11 line keeps the reader on the same page, named by its stack, without an old-version banner', async ({page}) => {
  const nest11 = versionLabel('nestjs-query', '9.x-nest11');
  expect(nest11).toMatch(/^nestjs-query 9\.x · NestJS 11 · TypeORM 0\.3$/);
  await openHydrated(page, '/nestjs-query/multiple-databases');
  await chooseVersion(page, versionLabel('nestjs-query', '9.x'), nest11);
  await expect(page).toHaveURL(/\/nestjs-query\/nestjs-11\/multiple-databases$/);
  await expect(navbar(page).getByRole('button', {name: nest11, exact: true})).toBeVisible();
  await expect(page.getByText('This is documentation for')).toHaveCount(0);
  await expect(page.locator('[data-tested-with]')).toContainText('NestJS 11.');
});

test('the navbar shows only the version dropdown of the family being read', async ({page}) => {
  await openHydrated(page, '/eloquent/multi-connection-strategy');
  await expect(navbar(page).getByRole('button', {name: versionLabel('eloquent', '1.1.x'), exact: true})).toBeVisible();
  await expect(navbar(page).getByRole('button', {name: versionLabel('nestjs-query', '9.x'), exact: true})).toHaveCount(0);

  await openHydrated(page, '/nestjs-query/0.30/');
  await expect(navbar(page).getByRole('button', {name: versionLabel('nestjs-query', '0.30.x'), exact: true})).toBeVisible();
  for (const version of ['1.1.x', '1.0.x']) await expect(navbar(page).getByRole('button', {name: versionLabel('eloquent', version)})).toHaveCount(0);

  await openHydrated(page, '/');
  await expect(navbar(page).getByRole('button', {name: /nestjs-query \d|eloquent-orm\.js \d/})).toHaveCount(0);
});

test("a page missing from the other version lands on that version's first page", async ({page}) => {
  await openHydrated(page, '/nestjs-query/upgrading-from-0.30');
  await chooseVersion(page, versionLabel('nestjs-query', '9.x'), versionLabel('nestjs-query', '0.30.x'));
  await expect(page).toHaveURL(/\/nestjs-query\/0\.30\/$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText('NestJS + nestjs-query 0.30 on several databases');
});
