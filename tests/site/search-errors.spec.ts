import {test, expect} from '@playwright/test';
import {openHydrated} from './support/pages';
import {searchFor} from './support/search';
import {headingText, troubleshootingEntries, versionOf} from './support/twins';

// A reader with an error in hand pastes it into the search box of the version they read, and the
// first suggestion is the troubleshooting entry that explains it. Entries are found on the pages
// themselves, so a new page's entries are tested without listing them here.
const entries = troubleshootingEntries();

test('the pages have troubleshooting entries to search for', () => {
  expect(entries.length).toBeGreaterThan(0);
});

for (const entry of entries) {
  test(`${entry.page}: pasting the message of "${entry.heading}" finds that entry first`, async ({page}) => {
    // Where two entries of one version quote the very same message, either one explains it.
    const explaining = entries.filter((e) => e.message === entry.message && versionOf(e.page) === versionOf(entry.page)).map((e) => `${e.page} › ${e.heading}`);
    await openHydrated(page, entry.page);
    const first = (await searchFor(page, entry.message)).first();
    await expect(first).toContainText(new RegExp(explaining.map((e) => escapeRegExp(e.split(' › ')[1])).join('|')));
    await first.click();
    await expect(page).toHaveURL(/#./);
    const {pathname, hash} = new URL(page.url());
    const target = page.locator(`h3[id="${decodeURIComponent(hash.slice(1))}"]`);
    const heading = await target.evaluate(headingText);
    expect(explaining).toContain(`${pathname} › ${heading}`);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
