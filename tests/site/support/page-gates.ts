// The gates every page of the site passes, whatever it shows, checked by one fixture that a page
// test uses once: nothing requested from another origin on load, nor the launcher's code or any
// embed before a click; one main landmark; no serious or critical axe violation in the light
// colour mode nor of the colour rules in the dark one (code blocks' text left to a contrast check
// of its own, in both modes); in both modes no link named by its position ("below"), no text
// coloured like a link that is not one, no disabled button that looks active; at 1280 px no quoted
// message or comment cut off at a code block's edge; at 390 px no table scrolling without its edge
// shadows; at 375 px no horizontal scroll, no control outside the screen and the controls under
// the title in line.
//
//   test('...', async ({gates}) => { await gates.open(url); ...; await gates.check(); });
//
// Tests of one part of a page in a given state (a launcher's fallback, a running playground)
// use the same axe rules through axeViolations(page, {include: selector}).
import AxeBuilder from '@axe-core/playwright';
import {expect, test as base, type Page} from '@playwright/test';
import {openHydrated} from '../../../tools/site.mjs';
import {measureLayout} from '../../../tools/layoutMeasure.mjs';
import {codeContrastFailures, readerFindings, titleControlsOutOfLine} from './reader-checks';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The StackBlitz launcher's own chunks: the SDK and each example's files, loaded on a click. */
export const LAUNCH_CHUNK = /\/assets\/js\/(stackblitz-sdk|example-[^/]*-json)\.[0-9a-f]+\.js$/;

// Code blocks' highlighted text: checked by codeContrastFailures, a fraction of axe's time on it.
const CODE = '.theme-code-block pre code';

export interface AxeOptions {
  /** a CSS selector: only that part of the page */
  include?: string;
  /** a CSS selector left out */
  exclude?: string;
  /** only these rules */
  rules?: string[];
  /** every impact, not only serious and critical (a part that must be spotless) */
  allImpacts?: boolean;
}

/** axe's serious and critical (or, with allImpacts, all) WCAG 2.1 A and AA violations, one line each. */
export async function axeViolations(page: Page, {include, exclude, rules, allImpacts = false}: AxeOptions = {}): Promise<string[]> {
  // Legacy mode runs axe in the page itself, without the blank page the default opens to merge
  // frames' results: our pages have no frames when checked. Only violations are collected: the
  // passing nodes of a long guide are thousands, and nothing reads them. (options() first: it
  // replaces what withTags sets.)
  let builder = new AxeBuilder({page})
    .options({resultTypes: ['violations']})
    .withTags(AXE_TAGS)
    .setLegacyMode(true);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  if (rules) builder = builder.withRules(rules);
  const {violations} = await builder.analyze();
  return violations
    .filter((v) => allImpacts || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** How many pixels the page scrolls sideways (0 when it fits its viewport). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
}

/** Resolves once the colour transitions a theme switch starts have ended (axe reads final colours). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise(requestAnimationFrame);
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
}

/** Names of visible buttons in the main content that stick out of the viewport. */
function buttonsOutside(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons
        .filter((b) => b.getClientRects().length > 0)
        .map((b) => ({name: b.getAttribute('aria-label') ?? b.textContent ?? '', box: b.getBoundingClientRect()}))
        .filter(({box}) => box.left < 0 || box.right > window.innerWidth)
        .map(({name}) => name),
    );
}

export interface PageGates {
  /** Opens `url` and waits for hydration; requests are watched from before the navigation. */
  open(url: string): Promise<void>;
  /** Checks every gate on the opened page; call it before clicking anything that loads from elsewhere. */
  check(): Promise<void>;
}

export const test = base.extend<{gates: PageGates}>({
  gates: async ({page, baseURL}, use) => {
    const site = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    const launcherCode: string[] = [];
    page.on('request', (request) => {
      const target = new URL(request.url());
      if (!['data:', 'blob:'].includes(target.protocol) && target.origin !== site) elsewhere.push(request.url());
      if (LAUNCH_CHUNK.test(request.url())) launcherCode.push(request.url());
    });
    let opened: string | undefined;
    await use({
      async open(url) {
        opened = url;
        await openHydrated(page, url);
      },
      async check() {
        if (!opened) throw new Error('gates.check() needs gates.open(url) first');
        // The gates' own work (two axe runs, slow on the longest guides) on top of the page test's.
        base.info().setTimeout(base.info().timeout + 150_000);
        await page.waitForLoadState('networkidle');
        expect(elsewhere, `${opened} requested something from another origin`).toEqual([]);
        expect(launcherCode, `${opened} loaded launcher code before a click`).toEqual([]);
        await expect(page.locator('iframe'), 'an embed before a click').toHaveCount(0);

        await expect(page.getByRole('main'), 'one main landmark').toHaveCount(1);

        // The site follows the reader's colour scheme as it changes: no reload needed. Only colours
        // change with it, so the dark pass runs the rules that read colours (half an axe run).
        for (const [colorScheme, rules] of [
          ['light', undefined],
          ['dark', ['color-contrast', 'link-in-text-block']],
        ] as const) {
          await page.emulateMedia({colorScheme});
          await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
          await settled(page);
          expect(await axeViolations(page, {rules: rules && [...rules], exclude: CODE}), `axe, ${colorScheme} mode`).toEqual([]);
          expect(await page.evaluate(codeContrastFailures), `code below 4.5:1 contrast, ${colorScheme} mode`).toEqual([]);
          expect(await page.evaluate(readerFindings), `what a reader sees, ${colorScheme} mode`).toEqual({
            vagueLinks: [],
            linkColouredText: [],
            activeLookingDisabled: [],
          });
        }

        await page.setViewportSize({width: 1280, height: 800});
        const laptop = await page.evaluate(measureLayout);
        expect(
          laptop.code.cut.filter(({kind}) => kind !== 'code'),
          'messages and comments cut at a code block edge at 1280 px',
        ).toEqual([]);
        await page.setViewportSize({width: 390, height: 800});
        const phone = await page.evaluate(measureLayout);
        expect(phone.tables.withoutAffordance, 'tables scrolling with nothing showing it at 390 px').toEqual([]);

        await page.setViewportSize({width: 375, height: 800});
        await expect.poll(() => horizontalOverflow(page), {message: 'horizontal scroll at 375 px'}).toBe(0);
        expect(await buttonsOutside(page), 'buttons outside the screen at 375 px').toEqual([]);
        expect(await page.evaluate(titleControlsOutOfLine), 'controls under the title at 375 px').toEqual([]);
        expect(elsewhere, `${opened} requested something from another origin`).toEqual([]);
      },
    });
  },
});

export {expect};
