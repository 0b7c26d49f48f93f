import fs from 'node:fs';
import path from 'node:path';
import type {Page} from '@playwright/test';
import {axeViolations, expect, horizontalOverflow, test} from './support/page-gates';
import {root} from '../../tools/paths.mjs';

// The "Use with AI" menu under each guide's title (closed, it is part of every page that
// pages.spec.ts puts through the page gates): it loads its script only when opened, opens the
// page's twin in ChatGPT or Claude, and copies the MCP server's configuration.

const mcpPackage = JSON.parse(fs.readFileSync(path.join(root, 'mcp', 'package.json'), 'utf8')) as {name: string; bin: Record<string, string>};
const skills = JSON.parse(fs.readFileSync(path.join(root, 'build', 'skills', 'index.json'), 'utf8')) as {
  site: {url: string};
  lines: {current: boolean; pages: {path: string}[]}[];
};
// The address the site was built for (tools/deployment.mjs): its origin and base path.
const siteUrl = skills.site.url;
// A page of a current line and one of an older line, so that each prompt names its own twin.
const {lines} = skills;
// Each line's first page.
const samples = [lines.find((l) => l.current)!, lines.find((l) => !l.current)!].map((line) => line.pages[0].path);

const summary = (page: Page) => page.getByRole('article').locator('summary', {hasText: 'Use with AI'});

/** Every JavaScript file the page requests, from now on. */
function scriptsOf(page: Page): Set<string> {
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.js(\?|$)/.test(new URL(request.url()).pathname)) scripts.add(request.url());
  });
  return scripts;
}

test.use({permissions: ['clipboard-read', 'clipboard-write']});

for (const url of samples) {
  test(`${url}: the closed menu loads no script until it opens`, async ({page, gates}) => {
    const scripts = scriptsOf(page);
    await gates.open(url);
    await expect(summary(page)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const beforeOpening = new Set(scripts);

    await page.setViewportSize({width: 1280, height: 800});
    await summary(page).click();
    const chatgpt = page.getByRole('link', {name: 'Open in ChatGPT'});
    await expect(chatgpt).toBeFocused();
    const loaded = [...scripts].filter((script) => !beforeOpening.has(script));
    expect(loaded.length, 'opening the menu loads its script').toBeGreaterThan(0);

    const twin = `${new URL(siteUrl).origin}${url.replace(/\/$/, '')}.md`;
    for (const [name, origin] of [
      ['Open in ChatGPT', 'https://chatgpt.com'],
      ['Open in Claude', 'https://claude.ai'],
    ]) {
      const link = page.getByRole('link', {name});
      const href = new URL((await link.getAttribute('href'))!);
      expect(href.origin).toBe(origin);
      expect(href.searchParams.get('q')).toContain(`Read ${twin} `);
      await expect(link).toHaveAttribute('target', '_blank');
    }
  });
}

test('the open menu passes axe in both colour modes and fits a 375 px screen', async ({page, gates}) => {
  await gates.open(samples[0]);
  await page.setViewportSize({width: 375, height: 800});
  await summary(page).click();
  await expect(page.getByRole('button', {name: 'Copy MCP configuration'})).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(page, {include: 'article details'}), `axe, ${colorScheme} mode`).toEqual([]);
  }
  await expect.poll(() => horizontalOverflow(page)).toBe(0);
  const boxes = await page
    .locator('article details li')
    .evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map((box) => [box.left, box.right]));
  expect(boxes.length).toBe(3);
  for (const [left, right] of boxes) expect(left >= 0 && right <= 375, `item at ${left}..${right}`).toBe(true);
});

test('Copy MCP configuration copies the block that runs the packed server with npx', async ({page, gates}) => {
  await gates.open(samples[0]);
  await summary(page).click();
  await page.getByRole('button', {name: 'Copy MCP configuration'}).click();
  await expect(page.getByRole('status').filter({hasText: 'MCP configuration copied'})).toBeVisible();
  const config = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  const [bin] = Object.keys(mcpPackage.bin);
  expect(config).toEqual({mcpServers: {'multi-db-handbook': {command: 'npx', args: ['-y', `--package=${siteUrl}/mcp/${mcpPackage.name}.tgz`, bin]}}});
});

test('Escape closes the menu and gives focus back to it; the keyboard opens it', async ({page, gates}) => {
  await gates.open(samples[0]);
  await summary(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', {name: 'Open in ChatGPT'})).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('link', {name: 'Open in ChatGPT'})).toBeHidden();
  await expect(summary(page)).toBeFocused();
});
