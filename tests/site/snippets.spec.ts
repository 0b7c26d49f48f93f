import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {extractRegion} from '../../src/lib/regions';
import {openHydrated} from '../../tools/site.mjs';

test.use({permissions: ['clipboard-read', 'clipboard-write']});

for (const [url, example] of [
  ['/eloquent/multi-connection-strategy', 'eloquent-multi-connection'],
  ['/eloquent/1.0/multi-connection-strategy', 'eloquent-multi-connection-1.0'],
]) {
  test(`${url}: the copy button copies exactly the example's region`, async ({page}) => {
    const file = `examples/${example}/src/models.ts`;
    await openHydrated(page, url);
    const block = page
      .locator('.theme-code-block')
      .filter({has: page.getByText(file, {exact: true})})
      .filter({hasText: 'class User'});
    await block.hover();
    await block.getByRole('button', {name: /copy/i}).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(extractRegion(fs.readFileSync(file, 'utf8'), 'user'));
  });
}
