import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {deployment} from '../../tools/deployment.mjs';
import {listExampleFiles} from '../../tools/standaloneExample.mjs';
import {root} from '../../tools/paths.mjs';
import {families} from '../../tools/families.mjs';
import {guidePaths, openHydrated, sitemapPaths} from '../../tools/site.mjs';
import {unzip} from '../unit/support/unzip';

// Getting the code: each launcher's zip holds exactly the example's files, the repository is
// linked from the header, the footer, every guide ("Edit this page") and the launcher's offline
// fallback, and every absolute link the build wrote points at the address it was built for.

const build = path.join(root, 'build');
const site = deployment();
const siteUrl = `${site.url}${site.baseUrl}`;

/** The built HTML of a page path (`/a/b` → build/a/b/index.html). */
const htmlOf = (pagePath: string) => fs.readFileSync(path.join(build, pagePath.slice(site.baseUrl.length - 1), 'index.html'), 'utf8');

// The build minifies its HTML: attribute values come quoted or bare.
const tagsOf = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\s[^>]*>`, 'g'))].map((m) => m[0]);
function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>"']+))`).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** One guide page per example that has a launcher, read from the built pages. */
const launcherPages = new Map<string, string>();
for (const page of guidePaths()) {
  for (const [, example] of htmlOf(page).matchAll(/aria-label="Run ([^"]+) in StackBlitz"/g)) {
    if (!launcherPages.has(example)) launcherPages.set(example, page);
  }
}

test('the site was built for the address the tests expect (SITE_URL, or http://localhost:3000/ without it)', () => {
  const built = JSON.parse(fs.readFileSync(path.join(build, 'skills', 'index.json'), 'utf8')) as {site: {url: string}};
  expect(`${built.site.url}/`, 'build and test with the same SITE_URL').toBe(siteUrl);
  expect(launcherPages.size, 'guides with a launcher').toBeGreaterThan(5);
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});
  for (const [example, page] of launcherPages) {
    test(`${example}: the zip from ${page} holds exactly the files the launcher posts, byte for byte`, async ({page: browser}) => {
      await browser.goto(page);
      const launcher = browser.getByRole('region', {name: `Run ${example} in StackBlitz`}).first();
      const downloading = browser.waitForEvent('download');
      await launcher.getByRole('link', {name: `Download ${example} (.zip)`}).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${example}.zip`);
      const entries = unzip(fs.readFileSync(await download.path()));

      const dir = path.join(root, 'examples', example);
      const files = listExampleFiles(dir);
      expect(entries.map((entry) => entry.name)).toEqual(files.map((file) => `${example}/${file}`));
      for (const entry of entries) {
        const file = path.join(dir, entry.name.slice(example.length + 1));
        expect(entry.data.equals(fs.readFileSync(file)), `${entry.name} is the committed file`).toBe(true);
        expect(entry.mode & 0o111 ? 'executable' : 'plain', entry.name).toBe(fs.statSync(file).mode & 0o111 ? 'executable' : 'plain');
      }
    });
  }
});

test('offline, the launcher points at the zip and at the example in the repository', async ({page, context}) => {
  const [example, url] = [...launcherPages][0];
  await openHydrated(page, url);
  const launcher = page.getByRole('region', {name: `Run ${example} in StackBlitz`}).first();
  await expect(launcher.getByRole('link', {name: 'its folder in the repository'})).toHaveAttribute('href', `${site.examplesUrl}/${example}`);
  await context.setOffline(true);
  await launcher.getByRole('button', {name: 'Run in this page'}).click();
  const fallback = launcher.getByRole('alert');
  await expect(fallback).toContainText('unzip the download above');
  await expect(fallback.getByRole('link', {name: `examples/${example}`})).toHaveAttribute('href', `${site.examplesUrl}/${example}`);
});

test('the header and the footer link the repository', async ({page}) => {
  await openHydrated(page, '/');
  await expect(page.getByRole('navigation', {name: 'Main'}).getByRole('link', {name: 'Repository'})).toHaveAttribute('href', site.repository);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', {name: 'Repository'})).toHaveAttribute('href', site.repository);
  await expect(footer.getByRole('link', {name: 'Examples'})).toHaveAttribute('href', site.examplesUrl);
});

test('every guide\'s "Edit this page" opens its own version\'s file in the repository', async ({page}) => {
  const pages = guidePaths();
  for (const pagePath of pages) {
    const edit = tagsOf(htmlOf(pagePath), 'a')
      .filter((tag) => attribute(tag, 'class')?.split(' ').includes('theme-edit-this-page'))
      .map((tag) => attribute(tag, 'href'))[0];
    expect(edit, `${pagePath} has "Edit this page"`).toBeDefined();
    expect(edit!.startsWith(site.editUrl), `${pagePath}: ${edit}`).toBe(true);
    const file = edit!.slice(site.editUrl.length);
    expect(fs.existsSync(path.join(root, file)), `${pagePath}: ${file} is a file of the repository`).toBe(true);
    // The current line is edited under docs/<family>/, an older one in its own versioned folder.
    const family = families.find((f) => pagePath === `${site.baseUrl}${f.id}` || pagePath.startsWith(`${site.baseUrl}${f.id}/`))!;
    const rest = pagePath.slice(`${site.baseUrl}${family.id}`.length);
    const older = family.lines.find((l) => l.path && (rest === `/${l.path}` || rest.startsWith(`/${l.path}/`)));
    const folder = older ? `${family.id}_versioned_docs/version-${older.name}/` : `docs/${family.id}/`;
    expect(file.startsWith(folder), `${pagePath}: ${file} is in ${folder}`).toBe(true);
  }

  // The link as a reader meets it.
  await openHydrated(page, pages[0]);
  await expect(page.getByRole('link', {name: 'Edit this page'})).toHaveAttribute(
    'href',
    new RegExp(`^${site.editUrl.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}`),
  );
});

/** Every file under build/ whose name matches. */
function builtFiles(match: RegExp, dir = build): string[] {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : builtFiles(match, full);
    return match.test(entry.name) ? [full] : [];
  });
}

/** The built file a link to the site itself reaches, if any. */
function reaches(url: URL): boolean {
  if (!url.pathname.startsWith(site.baseUrl)) return false;
  const file = path.join(build, decodeURIComponent(url.pathname.slice(site.baseUrl.length)));
  return [file, path.join(file, 'index.html'), `${file}.html`].some((candidate) => fs.statSync(candidate, {throwIfNoEntry: false})?.isFile());
}

// Hosts that never resolve on the internet (RFC 2606, RFC 6761): a link there points at nothing.
const RESERVED = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/;

test('every absolute link in the twins, llms.txt, skills, sitemap and canonical tags reaches the site it was built for, or a real host', () => {
  const links: {from: string; url: string}[] = [];
  for (const file of builtFiles(/\.(md|txt)$/)) {
    for (const [, url] of fs.readFileSync(file, 'utf8').matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) links.push({from: file, url});
    // Twins' front matter and llms-full.txt's page headers name the live page.
    for (const [, url] of fs.readFileSync(file, 'utf8').matchAll(/^(?:url: "|Source: )(https?:\/\/[^"\s]+)/gm)) links.push({from: file, url});
  }
  for (const [, url] of fs.readFileSync(path.join(build, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) links.push({from: 'sitemap.xml', url});
  for (const page of sitemapPaths()) {
    const html = htmlOf(page);
    const canonical = tagsOf(html, 'link').filter((tag) => attribute(tag, 'rel') === 'canonical');
    const og = tagsOf(html, 'meta').filter((tag) => attribute(tag, 'property') === 'og:url');
    expect(canonical.length, `${page} has a canonical link`).toBe(1);
    for (const url of [...canonical.map((tag) => attribute(tag, 'href')), ...og.map((tag) => attribute(tag, 'content'))]) links.push({from: page, url: url!});
  }
  expect(links.length).toBeGreaterThan(500);

  const broken = links.filter(({url}) => {
    const parsed = new URL(url);
    if (parsed.origin === site.url) return !reaches(parsed);
    return RESERVED.test(parsed.hostname);
  });
  expect(broken.map(({from, url}) => `${path.relative(build, path.resolve(build, from))}: ${url}`)).toEqual([]);
});
