import {test, expect, type Locator, type Page} from '@playwright/test';
import {decodeLinkState, encodeLinkState} from '../../src/playground/ui/link';
import {openHydrated} from '../../tools/site.mjs';
import {axeViolations} from './support/page-gates';
import {ELOQUENT_10_PAGE, ELOQUENT_PAGE, NESTJS_PAGE, playground, startPlayground} from './support/playground';

// What the playground keeps and hands on: a shared link (secrets masked unless the reader says
// otherwise), a page opened from such a link, and the reader's own edits across a reload.

/** The .env a link carries. */
function envOf(link: string): string {
  const decoded = decodeLinkState(new URL(link).hash);
  if (!decoded?.ok) throw new Error(`not a playground link: ${link}`);
  return decoded.state.env;
}

/** The toolbar's note about the link, once the link is copied. */
const linkNote = (region: Locator) => region.getByRole('status').filter({hasText: /^Link copied/});

/** What the clipboard holds. */
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The reader's edits this browser keeps, by storage key. */
const kept = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([key]) => key.startsWith('playground:'))));

test.use({permissions: ['clipboard-read', 'clipboard-write']});

test('Share masks the secrets of the .env and says which; ticking "Include secrets" puts them in', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  const include = region.getByRole('checkbox', {name: 'Include secrets in the link'});
  await expect(include).toHaveCount(0);
  const preset = await envBox.inputValue();
  const first = preset.split('\n').length; // the line the first added one gets
  await envBox.fill(`${preset}MUSIC_DB_URL=postgres://app:hunter2@db:5432/music\nAPI_TOKEN=t0k3n\n`);
  await expect(include).not.toBeChecked();
  await expect(include).toHaveAccessibleName('Include secrets in the link (2 in the .env)');

  await region.getByRole('button', {name: 'Share'}).click();
  await expect(linkNote(region)).toHaveText(
    `Link copied. It is also in the address bar and below. Secrets are masked as *** in it: the password in MUSIC_DB_URL (line ${first}), API_TOKEN (line ${first + 1}). To share them, tick “Include secrets in the link”.`,
  );
  const masked = await region.getByRole('textbox', {name: 'Share link'}).inputValue();
  expect([page.url(), await clipboard(page)]).toEqual([masked, masked]);
  expect(envOf(masked)).toBe(`${preset}MUSIC_DB_URL=postgres://app:***@db:5432/music\nAPI_TOKEN=***\n`);

  await include.check();
  await expect(linkNote(region)).toContainText(
    `It includes the secrets the password in MUSIC_DB_URL (line ${first}), API_TOKEN (line ${first + 1}): anyone with the link can read them.`,
  );
  const full = await region.getByRole('textbox', {name: 'Share link'}).inputValue();
  expect([page.url(), await clipboard(page)]).toEqual([full, full]);
  expect(envOf(full)).toBe(await envBox.inputValue());

  // The masked link still routes as the sharer's did: same server, same database.
  const other = await page.context().newPage();
  await openHydrated(other, masked);
  await playground(other).getByRole('button', {name: 'Open the shared setup'}).click();
  await expect(playground(other).getByText('postgres → music on db:5432')).toBeVisible();
});

test("the example's own passwords are no secret: its preset shares without a word about secrets", async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(/\nPG_PASSWORD=postgres\n/);
  await expect(region.getByRole('checkbox', {name: 'Include secrets in the link'})).toHaveCount(0);
  await region.getByRole('button', {name: 'Share'}).click();
  await expect(linkNote(region)).toHaveText('Link copied. It is also in the address bar and below.');
  expect(envOf(page.url())).toContain('\nPG_PASSWORD=postgres\n');
});

test('a shared link scrolls to the playground and offers its setup; nothing loads until the reader opens it', async ({page}) => {
  const env = 'DB_CONNECTION=pg\n# from a colleague\n';
  const link = `${ELOQUENT_PAGE}#${encodeLinkState({preset: 'eloquent-1.1', env, pins: {}, test: false})}`;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openHydrated(page, link);
  const region = playground(page);
  await expect(region.getByRole('heading', {name: 'Connection playground'})).toBeFocused();
  await expect(region.getByRole('heading', {name: 'Connection playground'})).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await expect(region.getByRole('status')).toHaveText("A shared playground setup is waiting in this page's link: open it, or start the playground without it.");
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('/sqljs/') || p.endsWith('.wasm'))).toEqual([]);
  expect(await axeViolations(page, {include: 'main section', allImpacts: true})).toEqual([]);

  // Next in the tab order: the offer.
  await page.keyboard.press('Tab');
  await expect(region.getByRole('button', {name: 'Open the shared setup'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(env);
  await expect(region.getByRole('status').filter({hasText: 'Opened the setup from the link.'})).toBeVisible();
  // The pressed button is gone: focus is on the playground's heading, not lost to the page.
  await expect(region.getByRole('heading', {name: 'Connection playground'})).toBeFocused();
});

test("Start playground on a shared link's page opens the reader's own setup instead", async ({page}) => {
  const link = `${ELOQUENT_PAGE}#${encodeLinkState({preset: 'eloquent-1.1', env: 'DB_CONNECTION=pg\n', pins: {}, test: false})}`;
  await openHydrated(page, link);
  const region = playground(page);
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(/^# Copy to \.env.*\nDB_CONNECTION=sqlite\n/s);
  await expect(region.getByRole('status').filter({hasText: 'Opened the setup from the link.'})).toHaveCount(0);
});

test('edits survive a reload, per page; "Reset to the example" forgets them', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  const preset = await envBox.inputValue();
  const edited = preset.replace('DB_CONNECTION=sqlite', 'DB_CONNECTION=pg');
  await envBox.fill(edited);
  await region.getByRole('combobox', {name: 'User static connectionName'}).selectOption('');
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await expect.poll(async () => Object.keys(await kept(page))).toEqual([`playground:${ELOQUENT_PAGE}:eloquent-1.1`]);

  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(envBox).toHaveValue(edited);
  await expect(region.getByRole('combobox', {name: 'User static connectionName'})).toHaveValue('');
  await expect(region.getByRole('checkbox', {name: 'Test mode'})).toBeChecked();
  await expect(region.getByRole('status').filter({hasText: 'Restored your edits from your last visit'})).toBeVisible();

  // The same guide in another version keeps its own setup.
  const other = await startPlayground(await page.context().newPage(), ELOQUENT_10_PAGE);
  await expect(other.getByRole('textbox', {name: '.env'})).toHaveValue(/\nDB_CONNECTION=sqlite\n/);
  await expect(other.getByRole('status').filter({hasText: 'Restored your edits'})).toHaveCount(0);

  await region.getByRole('button', {name: 'Reset to the example'}).click();
  await expect(envBox).toHaveValue(preset);
  await expect.poll(() => kept(page)).toEqual({});
  await page.reload();
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(envBox).toHaveValue(preset);
  await expect(region.getByRole('status').filter({hasText: 'Restored your edits'})).toHaveCount(0);
});

test('an edit made just before leaving the page is kept too', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  await envBox.fill(`${await envBox.inputValue()}MUSIC_DB_FILE=music.sqlite\n`);
  await page.reload(); // at once: the edit is written as the page goes away
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(envBox).toHaveValue(/\nMUSIC_DB_FILE=music\.sqlite\n$/);
});

test('unreadable saved edits give the preset and say so', async ({page}) => {
  await openHydrated(page, ELOQUENT_PAGE);
  await page.evaluate((key) => localStorage.setItem(key, 'playground=1.bm90IGpzb24'), `playground:${ELOQUENT_PAGE}:eloquent-1.1`);
  const region = playground(page);
  await region.getByRole('button', {name: 'Start playground'}).click();
  await expect(region.getByRole('alert')).toHaveText("Your saved edits could not be read. Showing the guide's preset instead.");
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(/\nDB_CONNECTION=sqlite\n/);
});
