import {test, expect, type Locator, type Page} from '@playwright/test';
import fs from 'node:fs';
import {codeThemes} from '../../src/lib/codeThemes';
import {extractRegion, stripRegionMarkers} from '../../src/lib/regions';
import {openHydrated} from '../../tools/site.mjs';
import {axeViolations} from './support/page-gates';
import {searchFor} from './support/search';

// What readers use in code blocks, guarded on the longest guides.

const LONG_PAGES = ['/nestjs-query/multiple-databases', '/nestjs-query/nestjs-11/upgrading-from-0.30'];
const TOKEN_TYPES = ['keyword', 'string', 'comment', 'class-name'] as const;
type Mode = 'light' | 'dark';

const rgb = (colour: string) => (colour.startsWith('#') ? `rgb(${[1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)).join(', ')})` : colour);

/** The colours the site's Prism themes (src/lib/codeThemes.ts) give each token type. */
function expectedColours(mode: Mode) {
  const theme = mode === 'light' ? codeThemes.theme : codeThemes.darkTheme;
  const tokens = Object.fromEntries(TOKEN_TYPES.map((type) => [type, rgb(theme.styles.find((s) => !s.languages && s.types.includes(type))!.style.color!)]));
  return {plain: rgb(theme.plain.color!), background: rgb(theme.plain.backgroundColor!), tokens};
}

/**
 * Computed colours of the first token of each type (the one type in its class list, besides the
 * colour classes `tl…`/`td…`) and of a block.
 */
function shownColours(page: Page) {
  return page.evaluate(
    (types) => {
      const block = document.querySelector('.theme-code-block')!;
      const typesOf = (e: Element) => [...e.classList].filter((c) => !/^t[ld]\d+$/.test(c)).join(' ');
      const colourOf = (selector: string) => {
        const el = [...document.querySelectorAll(`.theme-code-block ${selector}`)].find((e) => typesOf(e) === selector.replace(/\./g, ' ').trim());
        return el ? getComputedStyle(el).color : 'no such token';
      };
      return {
        plain: colourOf('.token.plain'),
        background: getComputedStyle(block).backgroundColor,
        tokens: Object.fromEntries(types.map((type) => [type, colourOf(`.token.${type}`)])),
      };
    },
    TOKEN_TYPES as unknown as string[],
  );
}

async function switchColourMode(page: Page, to: Mode) {
  const toggle = page.getByRole('button', {name: /Switch between dark and light mode/});
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== to; i++) await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', to);
}

/** Console errors and uncaught exceptions of a page (a hydration mismatch is logged as one). */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

for (const mode of ['light', 'dark'] as const) {
  const other: Mode = mode === 'light' ? 'dark' : 'light';
  test.describe(`${mode} mode`, () => {
    test.use({colorScheme: mode});

    test(`token colours are the theme's on load, after switching to ${other}, and after a client-side navigation`, async ({page}) => {
      const errors = collectErrors(page);
      await openHydrated(page, LONG_PAGES[0]);
      expect(await shownColours(page)).toEqual(expectedColours(mode));

      await switchColourMode(page, other);
      expect(await shownColours(page)).toEqual(expectedColours(other));

      // Blocks of a page reached by a client-side navigation are rendered in the browser.
      await page.getByRole('navigation', {name: 'Docs sidebar'}).getByRole('link', {name: 'Migrations per connection'}).click();
      await expect(page.getByRole('heading', {level: 1, name: 'Migrations per connection'})).toBeVisible();
      // Their colours come with Prism, fetched when the pointer went over the link.
      await expect.poll(() => shownColours(page)).toEqual(expectedColours(other));
      await switchColourMode(page, mode);
      expect(await shownColours(page)).toEqual(expectedColours(mode));

      expect(await axeViolations(page, {include: '.theme-code-block', allImpacts: true})).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}

for (const url of LONG_PAGES) {
  test(`${url}: the code blocks keep the server's layout when the page hydrates, with no console error`, async ({page, browser}) => {
    // The blocks as the server's HTML lays them out, without any JavaScript.
    const noScript = await browser.newContext({javaScriptEnabled: false});
    const staticPage = await noScript.newPage();
    await staticPage.goto(url);
    const sizes = (p: Page) =>
      p
        .locator('.theme-code-block')
        .evaluateAll((blocks) => blocks.map((b) => `${Math.round(b.getBoundingClientRect().width)}x${Math.round(b.getBoundingClientRect().height)}`));
    const serverSizes = await sizes(staticPage);
    const serverTokens = await staticPage.locator('.theme-code-block .token').count();
    await noScript.close();
    expect(serverSizes.length).toBeGreaterThan(5);
    expect(serverTokens).toBeGreaterThan(1000);

    const errors = collectErrors(page);
    await openHydrated(page, url);
    expect(await sizes(page)).toEqual(serverSizes);
    expect(await page.locator('.theme-code-block .token').count()).toBe(serverTokens);
    expect(errors).toEqual([]);
  });
}

test("a client-side navigation whose link was never hovered or focused highlights the next page's code", async ({page}) => {
  // Prism comes on demand (src/plugins/prism-on-demand): the blocks show their lines at once and
  // get their colours when it has arrived.
  await openHydrated(page, LONG_PAGES[0]);
  await page.evaluate(() => {
    window.history.pushState(null, '', '/nestjs-query/testing');
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page).toHaveURL(/\/nestjs-query\/testing$/);
  await expect(page.locator('.theme-code-block .token.keyword').first()).toBeVisible();
});

test.describe('copying and titles', () => {
  test.use({permissions: ['clipboard-read', 'clipboard-write']});

  test('a full-file snippet on a long guide carries its title and copies the whole file', async ({page}) => {
    const file = 'examples/nestjs-multi-db/src/database/database.constants.ts';
    await openHydrated(page, LONG_PAGES[0]);
    const block = page
      .locator('.theme-code-block')
      .filter({has: page.getByText(file, {exact: true})})
      .first();
    await expect(block).toBeVisible();
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(stripRegionMarkers(fs.readFileSync(file, 'utf8')));
  });

  test('the upgrade page tabs switch every group together, and the shown block copies its region', async ({page}) => {
    await openHydrated(page, '/nestjs-query/nestjs-11/upgrading-from-0.30');
    const tabLists = page.getByRole('tablist');
    expect(await tabLists.count()).toBeGreaterThan(2);
    await tabLists.first().getByRole('tab', {name: '9.x'}).click();
    for (const list of await tabLists.all()) await expect(list.getByRole('tab', {name: '9.x'})).toHaveAttribute('aria-selected', 'true');

    const file = 'examples/nestjs-multi-db-nest11/src/app.module.ts';
    // The page shows the file's "connections" region first, the whole file further down.
    const panel = page
      .getByRole('tabpanel')
      .filter({has: page.getByText(file, {exact: true})})
      .first();
    await expect(panel).toBeVisible();
    const block = panel.locator('.theme-code-block');
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(extractRegion(fs.readFileSync(file, 'utf8'), 'connections'));

    await tabLists.first().getByRole('tab', {name: 'What changes'}).click();
    await expect(page.getByText('src/app.module.ts (connections): nestjs-multi-db-legacy → nestjs-multi-db-nest11', {exact: true})).toBeVisible();
    await expect(page.getByText(file, {exact: true}).first()).toBeHidden();
  });
});

test.describe('word wrap', () => {
  // A block is measured once the browser has laid its lines out (src/theme/CodeBlock/Content/useCodeWordWrap.ts).
  const wrapButton = (block: Locator) => block.getByRole('button', {name: 'Toggle word wrap'});
  const fits = (block: Locator) => block.locator('pre').evaluate((pre) => pre.scrollWidth <= pre.clientWidth);
  /** The last block of a long guide wider (or not) than its box at this viewport, scrolled to and hovered. */
  async function lastBlock(page: Page, viewport: {width: number; height: number}, wide: boolean) {
    await page.setViewportSize(viewport);
    await openHydrated(page, LONG_PAGES[0]);
    const blocks = page.locator('.theme-code-block');
    // Lines skipped while out of view have no width yet: each block is laid out to be measured.
    const wideBlocks = await blocks.evaluateAll((all) =>
      all.map((block) => {
        const pre = block.querySelector('pre')!;
        pre.style.contentVisibility = 'visible';
        const wider = pre.scrollWidth > pre.clientWidth;
        pre.style.contentVisibility = '';
        return wider;
      }),
    );
    const block = blocks.nth(wideBlocks.lastIndexOf(wide));
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    return block;
  }

  test('on a phone, the last wide block of a long guide gets the button when scrolled to; it wraps and unwraps the block', async ({page}) => {
    const block = await lastBlock(page, {width: 412, height: 823}, true);
    await expect(wrapButton(block)).toBeVisible();

    await wrapButton(block).click();
    await expect.poll(() => fits(block)).toBe(true);
    await expect(wrapButton(block)).toBeVisible();
    await wrapButton(block).click();
    await expect.poll(() => fits(block)).toBe(false);
  });

  test('a block that fits its box has the copy button and no word-wrap button', async ({page}) => {
    const block = await lastBlock(page, {width: 1280, height: 800}, false);
    await expect(block.getByRole('button', {name: /copy/i})).toBeVisible();
    await expect(wrapButton(block)).toHaveCount(0);
  });

  test('a wide block in a tab panel shown later gets the button', async ({page}) => {
    await page.setViewportSize({width: 412, height: 823});
    await openHydrated(page, '/nestjs-query/nestjs-11/upgrading-from-0.30');
    const tabs = page.getByRole('tablist').first();
    await tabs.getByRole('tab', {name: '9.x'}).click();
    const block = page
      .getByRole('tabpanel')
      .filter({has: page.locator('.theme-code-block')})
      .first()
      .locator('.theme-code-block')
      .first();
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    expect(await fits(block)).toBe(false);
    await expect(wrapButton(block)).toBeVisible();
  });
});

test('the upgrade page tabs: arrow keys move between tabs, Enter picks one, and the choice is there after a reload', async ({page}) => {
  await openHydrated(page, '/nestjs-query/nestjs-11/upgrading-from-0.30');
  const first = page.getByRole('tablist').first();
  await first.getByRole('tab', {name: 'What changes'}).focus();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('tab', {name: '0.30.x'})).toBeFocused();
  await page.keyboard.press('End');
  await expect(first.getByRole('tab', {name: '9.x'})).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('tab', {name: 'What changes'})).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(first.getByRole('tab', {name: '9.x'})).toHaveAttribute('aria-selected', 'true');
  await expect(first.getByRole('tab', {name: '9.x'})).toHaveAttribute('tabindex', '0');
  await expect(first.getByRole('tab', {name: 'What changes'})).toHaveAttribute('tabindex', '-1');

  // The group's choice is stored: after a reload the page hydrates on the default tab, then shows
  // the stored one in every group, with the matching panel the only one shown.
  await page.reload();
  for (const list of await page.getByRole('tablist').all()) await expect(list.getByRole('tab', {name: '9.x'})).toHaveAttribute('aria-selected', 'true');
  const firstTabs = page.locator('.tabs-container').first();
  await expect(firstTabs.getByRole('tabpanel')).toHaveCount(1);
  await expect(firstTabs.locator('[role="tabpanel"][hidden]')).toHaveCount(2);
});

test('search finds a word that appears only inside code', async ({page}) => {
  await openHydrated(page, '/');
  const suggestion = (await searchFor(page, 'SecretAssemblerService')).filter({hasText: 'Multiple databases'}).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/nestjs-query\/multiple-databases/);
});
