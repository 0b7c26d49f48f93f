import {test, expect} from '@playwright/test';
import {openHydrated} from './support/pages';

test('search finds the multi-connection guide from the word connectionName', async ({page}) => {
  await openHydrated(page, '/');
  await page.getByRole('textbox', {name: 'Search'}).fill('connectionName');
  const suggestion = page.getByRole('option').filter({hasText: 'Multi-Connection Strategy'}).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/eloquent\/multi-connection-strategy/);
});
