import {expect, test} from './support/page-gates';
import {sitemapPaths} from '../../tools/site.mjs';

// Each page once: it renders and hydrates with no console error, and passes the page gates
// (support/page-gates.ts: other origins, axe in both colour modes, 375 px).
for (const url of sitemapPaths()) {
  test(`${url} renders and hydrates with no console error, and passes the page gates`, async ({page, gates}) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await gates.open(url);
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    expect(errors).toEqual([]);
    await gates.check();
    expect(errors).toEqual([]);
  });
}

test('the sitemap lists every family and version', () => {
  const pages = sitemapPaths();
  for (const url of ['/', '/nestjs-query/', '/nestjs-query/0.30/', '/eloquent/multi-connection-strategy', '/eloquent/1.0/multi-connection-strategy']) {
    expect(pages).toContain(url);
  }
});
