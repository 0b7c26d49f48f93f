// What scrolls sideways on every guide of the built site, at laptop and phone widths: code
// blocks (and their cut lines by kind) and tables. Serves build/ on SITE_PORT (or uses a server
// already there), prints a table, and with --json the figures per page.
//
//   npx docusaurus build && node scripts/layout-overflow.mjs [--current] [--json]
import {spawn} from 'node:child_process';
import {chromium} from '@playwright/test';
import {guidePaths, openHydrated, sitemapPaths} from '../tools/site.mjs';
import {measureLayout} from '../tools/layoutMeasure.mjs';
import {families} from '../tools/families.mjs';
import {chromiumPath} from '../tools/paths.mjs';

const WIDTHS = [1280, 1440, 390];
const port = Number(process.env.SITE_PORT ?? 3210);
const base = `http://localhost:${port}`;
const currentOnly = process.argv.includes('--current');

// Older lines live under their own version path (`/nestjs-query/0.30/...`).
const olderPaths = families.flatMap((f) => f.lines.filter((l) => l.path).map((l) => `/${f.id}/${l.path}/`));
const pages = guidePaths(sitemapPaths()).filter((p) => !currentOnly || !olderPaths.some((o) => p.startsWith(o)));

async function serving() {
  return fetch(base).then(
    (r) => r.ok,
    () => false,
  );
}

let server;
if (!(await serving())) {
  server = spawn('npx', ['docusaurus', 'serve', '--port', String(port), '--host', 'localhost', '--no-open'], {stdio: 'ignore', detached: true});
  while (!(await serving())) await new Promise((r) => setTimeout(r, 250));
}

const browser = await chromium.launch({executablePath: chromiumPath});
const perPage = [];
try {
  const page = await browser.newPage();
  for (const path of pages) {
    const row = {path};
    for (const width of WIDTHS) {
      await page.setViewportSize({width, height: 900});
      if (width === WIDTHS[0]) await openHydrated(page, base + path);
      row[width] = await page.evaluate(measureLayout);
    }
    perPage.push(row);
  }
} finally {
  await browser.close();
  if (server) process.kill(-server.pid);
}

const sum = (width, pick) => perPage.reduce((n, row) => n + pick(row[width]), 0);
const cutOf = (kind) => (f) => f.code.cut.filter((c) => c.kind === kind).length;
console.log(`${pages.length} guide pages${currentOnly ? ' (current lines)' : ''}`);
console.log('width  code blocks  scrolling  cut lines: message / comment / code  tables  scrolling  without affordance');
for (const width of WIDTHS) {
  const cells = [
    sum(width, (f) => f.code.blocks),
    sum(width, (f) => f.code.scrolling),
    `${sum(width, cutOf('message'))} / ${sum(width, cutOf('comment'))} / ${sum(width, cutOf('code'))}`,
    sum(width, (f) => f.tables.tables),
    sum(width, (f) => f.tables.scrolling),
    sum(width, (f) => f.tables.withoutAffordance.length),
  ];
  console.log(`${String(width).padEnd(6)} ${cells.map(String).join('  ')}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(perPage, null, 1));
