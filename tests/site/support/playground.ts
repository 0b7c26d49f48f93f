import {expect, type Locator, type Page} from '@playwright/test';
import {openHydrated} from '../../../tools/site.mjs';

export const ELOQUENT_PAGE = '/eloquent/multi-connection-strategy';
export const ELOQUENT_10_PAGE = '/eloquent/1.0/multi-connection-strategy';
export const NESTJS_PAGE = '/nestjs-query/multiple-databases';

/** The playground's region on the page. */
export function playground(page: Page): Locator {
  return page.getByRole('region', {name: 'Connection playground'});
}

/** Open a page, press Start and wait until the engine has answered its first query. */
export async function startPlayground(page: Page, url: string): Promise<Locator> {
  await openHydrated(page, url);
  const region = playground(page);
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(region.getByRole('table', {name: 'Model routing'})).toBeVisible();
  await expect(region.getByRole('table', {name: 'Results'})).toBeVisible();
  return region;
}

/** The routing table's row of one model. */
export function routeRow(region: Locator, model: string): Locator {
  return region
    .getByRole('table', {name: 'Model routing'})
    .getByRole('row')
    .filter({has: region.page().getByRole('rowheader', {name: model, exact: true})});
}

/** Expect a model's routing row to show this connection and reason. */
export async function expectRoute(region: Locator, model: string, connection: string, why: string | RegExp): Promise<void> {
  const cells = routeRow(region, model).getByRole('cell');
  await expect(cells.nth(0)).toHaveText(connection);
  await expect(cells.nth(3)).toContainText(why);
}

export async function chooseConsole(region: Locator, connection: string): Promise<void> {
  await region.getByRole('combobox', {name: 'Connection', exact: true}).selectOption(connection);
}

/** Run SQL on the console's connection; returns after the Run button is usable again. */
export async function runSql(region: Locator, sql: string): Promise<void> {
  await region.getByRole('textbox', {name: 'SQL'}).fill(sql);
  await region.getByRole('button', {name: 'Run', exact: true}).click();
  await expect(region.getByRole('button', {name: 'Run', exact: true})).toBeEnabled();
}

/** Data rows of the results table, each as an array of cell texts. */
export async function resultRows(region: Locator): Promise<string[][]> {
  const rows = region.getByRole('table', {name: 'Results'}).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

/** The names in `users` on one connection, read through the console. */
export async function namesOn(region: Locator, connection: string, table = 'users'): Promise<string[]> {
  await chooseConsole(region, connection);
  await runSql(region, `SELECT name FROM ${table} ORDER BY id;`);
  await expect(region.getByRole('status').filter({hasText: ` from ${connection} → `})).toBeVisible();
  return (await resultRows(region)).map((row) => row[0]);
}
