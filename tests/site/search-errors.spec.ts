import {test, expect} from '@playwright/test';
import {openHydrated} from './support/pages';
import {troubleshootingEntries} from './support/twins';

// A reader with an error in hand pastes it into the search box of the version they read, and the
// first suggestion is the troubleshooting entry that explains it. Entries are found on the pages
// themselves, so a new page's entries are tested without listing them here.
const entries = troubleshootingEntries();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the pages have troubleshooting entries to search for', () => {
  expect(entries.length).toBeGreaterThan(0);
});

for (const entry of entries) {
  test(`${entry.page}: pasting the message of "${entry.heading}" finds that entry first`, async ({page}) => {
    await openHydrated(page, entry.page);
    // The accessible name ends with the heading's "Direct link" anchor.
    const heading = page.getByRole('heading', {level: 3, name: new RegExp(`^${escapeRegExp(entry.heading)}`)});
    const anchor = await heading.getAttribute('id');
    expect(anchor).toBeTruthy();
    await page.getByRole('textbox', {name: 'Search'}).fill(entry.message);
    const first = page.getByRole('option').first();
    await expect(first).toContainText(entry.heading);
    await first.click();
    await expect(page).toHaveURL(`${entry.page}#${anchor}`);
  });
}
