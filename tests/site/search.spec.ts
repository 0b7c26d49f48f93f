import {test, expect} from '@playwright/test';
import {openHydrated} from './support/pages';
import {searchFor} from './support/search';

test('search finds the multi-connection guide from the word connectionName', async ({page}) => {
  await openHydrated(page, '/');
  const suggestion = (await searchFor(page, 'connectionName')).filter({hasText: 'Multi-Connection Strategy'}).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/eloquent\/multi-connection-strategy/);
});
