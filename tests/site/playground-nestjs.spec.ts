import {test, expect} from '@playwright/test';
import {serverType} from '../../examples/nestjs-multi-db/src/database/database-url';
import {openHydrated} from '../../tools/site.mjs';
import {NESTJS_PAGE, chooseConsole, expectRoute, namesOn, resultRows, runSql, startPlayground} from './support/playground';

// The playground on the NestJS guide: the example's "default" (music) and "secret" connections.

const TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;";

test('the NestJS guide ships no sql.js before Start, then starts from the example', async ({page}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await openHydrated(page, NESTJS_PAGE);
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('/sqljs/'))).toEqual([]);

  const region = await startPlayground(page, NESTJS_PAGE);
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(/^# Copy to \.env.*\nPORT=3000\n/s);
  await expect(region.getByRole('checkbox', {name: 'Test mode'})).toHaveCount(0);
  for (const model of ['Artist', 'Album', 'Song', 'Genre']) {
    await expect(region.getByRole('combobox', {name: `${model} connection`})).toHaveValue('');
    await expectRoute(region, model, 'default', 'no connection name');
  }
  await expect(region.getByRole('combobox', {name: 'Secret connection'})).toHaveValue('secret');
  await expectRoute(region, 'Secret', 'secret', "forFeature([SecretEntity], 'secret')");
  await expect(region.getByRole('status', {name: 'Warnings'})).toHaveText(/No warnings/);
});

test('a secret lands only in the secret database; the music rows only in the default one', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  const created = region.getByRole('status').filter({hasText: /^Created /});
  for (const model of ['Artist', 'Album', 'Genre', 'Song', 'Secret']) {
    await region.getByRole('button', {name: `Create ${model}`}).click();
    await expect(created).toContainText(`Created ${model} 1 through ${model === 'Secret' ? 'secret' : 'default'}`);
  }
  await expect(created).toHaveText('Created Secret 1 through secret: row 1 of secrets in memory.');

  await chooseConsole(region, 'default');
  await runSql(region, TABLES);
  expect(await resultRows(region)).toEqual([['albums'], ['artists'], ['genres'], ['songs']]);
  await runSql(
    region,
    'SELECT s.title, a.title, r.name, g.name FROM songs s JOIN albums a ON a.id = s.albumId JOIN artists r ON r.id = a.artistId JOIN genres g ON g.id = s.genreId;',
  );
  expect(await resultRows(region)).toEqual([['Song 1', 'Album 1', 'Artist 1', 'Genre 1']]);

  await chooseConsole(region, 'secret');
  await runSql(region, TABLES);
  expect(await resultRows(region)).toEqual([['secrets']]);
  expect(await namesOn(region, 'secret', 'secrets')).toEqual(['Secret 1']);
});

test('an album needs an artist in the same database: the engine says so', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  await region.getByRole('button', {name: 'Create Album'}).click();
  await expect(region.getByRole('alert')).toHaveText('Album: nothing created. SQLite: NOT NULL constraint failed: albums.artistId.');
});

test('registered without a connection name, Secret lands in the music database', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  await region.getByRole('combobox', {name: 'Secret connection'}).selectOption('');
  await expectRoute(region, 'Secret', 'default', 'no connection name');
  await region.getByRole('button', {name: 'Create Secret'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created Secret 1 through default/})).toBeVisible();
  expect(await namesOn(region, 'default', 'secrets')).toEqual(['Secret 1']);
  await chooseConsole(region, 'secret');
  await runSql(region, TABLES);
  expect(await resultRows(region)).toEqual([]);
});

test('two connections on one file share a database, and the reader is warned', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  await envBox.fill(`${await envBox.inputValue()}MUSIC_DB_FILE=shared.sqlite\nSECRET_DB_FILE=./shared.sqlite\n`);
  await expect(region.getByRole('status', {name: 'Warnings'})).toContainText('default and secret point at the same database (sql.js file shared.sqlite)');
  await region.getByRole('button', {name: 'Create Secret'}).click();
  await expect(region.getByRole('status').filter({hasText: /^Created Secret 1 through secret/})).toBeVisible();
  expect(await namesOn(region, 'default', 'secrets')).toEqual(['Secret 1']);
});

test('moving one music entity to the secret connection breaks its relations, and nothing is created', async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  await region.getByRole('combobox', {name: 'Album connection'}).selectOption('secret');
  await expect(region.getByRole('status', {name: 'Warnings'})).toContainText('Entity metadata for AlbumEntity#artist was not found');
  await region.getByRole('button', {name: 'Create Album'}).click();
  await expect(region.getByRole('alert')).toContainText('Album: nothing created. AlbumEntity (on secret) has a relation to ArtistEntity (on default).');
});

test("a URL that does not parse is named with its variable and line, in the playground's words", async ({page}) => {
  const region = await startPlayground(page, NESTJS_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  const preset = await envBox.inputValue();
  await envBox.fill(`${preset}MUSIC_DB_URL=postgres//app:pw@db/music\n`);
  const message = `MUSIC_DB_URL on line ${preset.split('\n').length} is not a URL: write it as scheme://user@host:port/database, with postgres://, mysql:// or mariadb:// (the "default" connection cannot open).`;
  await expect(region.getByRole('status', {name: 'Warnings'})).toContainText(`${message} The app does not start.`);
  await region.getByRole('button', {name: 'Create Artist'}).click();
  await expect(region.getByRole('alert')).toHaveText(`Artist: nothing created. ${message}`);
  await expect(region).not.toContainText('Invalid URL');
});

test('an unsupported URL scheme is the error the example gives', async ({page}) => {
  // The message the example's own code throws for this URL.
  const thrown = (() => {
    try {
      serverType('redis://cache:6379/0');
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('the example accepts redis://');
  })();
  const region = await startPlayground(page, NESTJS_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  await envBox.fill(`${await envBox.inputValue()}SECRET_DB_URL=redis://cache:6379/0\n`);
  await expect(region.getByRole('status', {name: 'Warnings'})).toContainText(thrown);
  await region.getByRole('button', {name: 'Create Secret'}).click();
  await expect(region.getByRole('alert')).toContainText(`Secret: nothing created. ${thrown}`);
  await envBox.fill(`${(await envBox.inputValue()).replace('redis://cache:6379/0', 'mariadb://vault:pw@vault-db:3306/secrets')}`);
  await expectRoute(region, 'Secret', 'secret', 'registered on it');
  await expect(region.getByRole('table', {name: 'Model routing'})).toContainText('secrets');
  // The password in the URL never shows outside the .env editor.
  await expect(region.getByRole('table', {name: 'Model routing'})).not.toContainText('pw');
  await chooseConsole(region, 'secret');
  await expect(region.getByText('mariadb → secrets on vault-db:3306')).toBeVisible();
});
