// The search box as a reader uses it: click into it, then type or paste.
import {expect, type Locator, type Page} from '@playwright/test';

/**
 * Types `query` into the navbar search box once its index has loaded, and returns the suggestions.
 * Focusing the box loads the index; the package then turns the box into a combobox. Typing before
 * that makes it render the list twice (on input, and again once the index has loaded), and a
 * click between the two renders selects nothing.
 */
export async function searchFor(page: Page, query: string): Promise<Locator> {
  await page.getByRole('textbox', {name: 'Search'}).focus();
  const box = page.getByRole('combobox', {name: 'Search'});
  await expect(box).toBeFocused();
  await box.fill(query);
  return page.getByRole('option');
}
