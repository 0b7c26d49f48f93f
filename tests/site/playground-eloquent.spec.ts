import {test, expect, type Locator} from '@playwright/test';
import {ELOQUENT_10_PAGE, ELOQUENT_PAGE, chooseConsole, expectRoute, namesOn, routeRow, startPlayground} from './support/playground';

// The eloquent-orm.js rules in the started playground: rows go where an instance's constructor
// says, whatever test mode and the selectors say; the CLI column shows what the resolver picks.

/** The routing table's "CLI and resolver" cell of one model. */
const cliCell = (region: Locator, model: string) => routeRow(region, model).getByRole('cell').nth(4);

test("it starts from the guide's .env and models, with no warning", async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const env = await region.getByRole('textbox', {name: '.env'}).inputValue();
  expect(env).toContain('DB_CONNECTION=sqlite\nDB_TEST_CONNECTION=sqlite_test');
  expect(env).not.toContain('#region');
  for (const [model, connection] of [
    ['User', 'mysql'],
    ['GeoLocation', 'mongo'],
  ]) {
    await expect(region.getByRole('combobox', {name: `${model} static connectionName`})).toHaveValue(connection);
    await expect(region.getByRole('combobox', {name: `${model} constructor connection`})).toHaveValue(connection);
    await expectRoute(region, model, connection, `The constructor passes "${connection}"`);
  }
  await expect(region.getByRole('checkbox', {name: 'Test mode'})).not.toBeChecked();
  await expect(routeRow(region, 'User').getByRole('cell').nth(2)).toContainText('eloquent_app');
  await expect(cliCell(region, 'User')).toContainText('static connectionName = "mysql"');
  await expect(region.getByRole('status', {name: 'Warnings'})).toHaveText(/No warnings/);
});

test('instances follow their constructor; the CLI column follows pins, DB_CONNECTION and test mode', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const envBox = region.getByRole('textbox', {name: '.env'});
  const warnings = region.getByRole('status', {name: 'Warnings'});
  const pin = region.getByRole('combobox', {name: 'User static connectionName'});
  const ctor = region.getByRole('combobox', {name: 'User constructor connection'});

  await ctor.selectOption('');
  await expectRoute(region, 'User', 'mysql', "CoreModel's default");
  await pin.selectOption('');
  await expect(cliCell(region, 'User')).toContainText('sqlite: Not pinned: DB_CONNECTION=sqlite.');

  await envBox.fill((await envBox.inputValue()).replace('DB_CONNECTION=sqlite', 'DB_CONNECTION=pg'));
  await expect(cliCell(region, 'User')).toContainText('pg: Not pinned: DB_CONNECTION=pg.');
  await expectRoute(region, 'User', 'mysql', "CoreModel's default");

  await envBox.fill((await envBox.inputValue()).replace('DB_CONNECTION=pg', 'DB_CONNECTION=mysql,pg'));
  await expect(cliCell(region, 'User')).toContainText('the resolver warns and uses mysql');
  await expect(warnings).toContainText('DB_CONNECTION=mysql,pg is not a connection name');
  await expect(warnings).toContainText('not split');
  await expect(warnings).toContainText('⚠️ Invalid connection "mysql,pg" — falling back to "mysql".');

  await envBox.fill(`${(await envBox.inputValue()).replace('DB_CONNECTION=mysql,pg', 'DB_CONNECTION=sqlite')}\nDB_MYSQL_CONNECTION=mysql\n`);
  await expect(warnings).toContainText('DB_MYSQL_CONNECTION is not read by the package');

  await ctor.selectOption('mysql');
  await pin.selectOption('mysql');
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await expectRoute(region, 'User', 'mysql', 'Test mode does not change it.');
  await expect(cliCell(region, 'User')).toContainText('sqlite_test: Test mode: DB_TEST_CONNECTION=sqlite_test. The pin mysql is passed over');
  await expect(warnings).toContainText('Test mode does not move User: its instances query mysql (eloquent_app on 127.0.0.1:3306)');
  await expectRoute(region, 'GeoLocation', 'mongo', 'Test mode does not change it.');
  await expect(cliCell(region, 'GeoLocation')).toContainText('mongo: Pinned to mongo, a Mongo connection: test mode keeps it.');

  await ctor.selectOption('sqlite_test');
  await expectRoute(region, 'User', 'sqlite_test', 'The constructor passes "sqlite_test".');
  await expect(warnings).not.toContainText('Test mode does not move User');

  await envBox.fill((await envBox.inputValue()).replace(/^DB_TEST_NAME=.*$/m, ''));
  await expect(warnings).toContainText('mysql_test has no test database key, so it takes DB_NAME');

  await region.getByRole('checkbox', {name: 'Test mode'}).uncheck();
  await ctor.selectOption('mongo');
  await expectRoute(region, 'User', 'mongo', 'SqlModel cannot use the mongo connection.');
});

test("test mode with the guide's preset: User's rows go to the app's mysql, GeoLocation's to mongo", async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const created = region.getByRole('status').filter({hasText: /^Created /});
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(created).toHaveText('Created User 1 through mysql: row 1 of users in eloquent_app.');
  await region.getByRole('button', {name: 'Create GeoLocation'}).click();
  await expect(created).toContainText('Created GeoLocation 1 through mongo');
  await expect(created).toContainText('in eloquent_app.geolocations');

  expect(await namesOn(region, 'mysql')).toEqual(['User 1']);
  for (const connection of ['sqlite_test', 'mysql_test', 'sqlite']) expect(await namesOn(region, connection)).toEqual([]);
  await chooseConsole(region, 'mongo');
  expect(JSON.parse(await region.getByLabel('Documents').innerText()).geolocations.map((d: {name: string}) => d.name)).toEqual(['Place 1']);
  await chooseConsole(region, 'mongo_test');
  expect(JSON.parse(await region.getByLabel('Documents').innerText())).toEqual({});
});

test('records land only in the database their instance queries', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const created = region.getByRole('status').filter({hasText: /^Created /});
  const ctor = region.getByRole('combobox', {name: 'User constructor connection'});

  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(created).toHaveText('Created User 1 through mysql: row 1 of users in eloquent_app.');
  await ctor.selectOption('sqlite');
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(created).toContainText('Created User 2 through sqlite');
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(created).toContainText('Created User 3 through sqlite: row 2 of users in ./storage/app.sqlite.');
  await region.getByRole('checkbox', {name: 'Test mode'}).check();
  await ctor.selectOption('sqlite_test');
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(created).toContainText('Created User 4 through sqlite_test');
  await region.getByRole('combobox', {name: 'GeoLocation constructor connection'}).selectOption('mongo_test');
  await region.getByRole('button', {name: 'Create GeoLocation'}).click();
  await expect(created).toContainText('Created GeoLocation 1 through mongo_test');

  expect(await namesOn(region, 'mysql')).toEqual(['User 1']);
  expect(await namesOn(region, 'sqlite')).toEqual(['User 2', 'User 3']);
  expect(await namesOn(region, 'sqlite_test')).toEqual(['User 4']);
  for (const connection of ['mysql_test', 'pg', 'pg_test']) expect(await namesOn(region, connection)).toEqual([]);

  await chooseConsole(region, 'mongo_test');
  await expect(region.getByText('Simulated in the browser.')).toBeVisible();
  const documents = JSON.parse(await region.getByLabel('Documents').innerText());
  expect(documents.geolocations.map((d: {name: string}) => d.name)).toEqual(['Place 1']);
  expect(documents.geolocations[0]._id).toMatch(/^[0-9a-f]{24}$/);
  expect(documents.users).toBeUndefined();
  await chooseConsole(region, 'mongo');
  expect(JSON.parse(await region.getByLabel('Documents').innerText())).toEqual({});
});

test('a model constructed on the wrong kind of connection creates nothing and says why', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  await region.getByRole('combobox', {name: 'User constructor connection'}).selectOption('mongo');
  await region.getByRole('button', {name: 'Create User'}).click();
  await expect(region.getByRole('alert')).toHaveText('User: nothing created. SqlModel cannot use the mongo connection.');
  await region.getByRole('combobox', {name: 'GeoLocation constructor connection'}).selectOption('');
  await region.getByRole('button', {name: 'Create GeoLocation'}).click();
  await expect(region.getByRole('alert')).toHaveText('GeoLocation: nothing created. MongoModel requires a mongo driver connection. Received: mysql');
  await region.getByRole('combobox', {name: 'User constructor connection'}).selectOption('mongo_test');
  await region.getByRole('button', {name: 'Create User'}).click();
  // Its constructor lets mongo_test through; the first query meets the Mongo adapter's refusal.
  await expect(region.getByRole('alert')).toHaveText('User: nothing created. Mongo driver does not support SQL adapter APIs.');
  await chooseConsole(region, 'mongo');
  expect(JSON.parse(await region.getByLabel('Documents').innerText())).toEqual({});
  expect(await namesOn(region, 'mysql')).toEqual([]);
});

test('the CLI planner shows which connections a command reaches, or its error', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_PAGE);
  const cli = region.getByRole('textbox', {name: 'CLI command'});
  const out = region.locator('output');
  await expect(out).toContainText('--mongo with --test targets mongo_test.');
  await cli.fill('eloquent migrate:run --all-connections --all-migrations');
  await expect(out).toContainText('--all-connections means the SQL connections only: mysql, pg, sqlite.');
  await cli.fill('eloquent migrate:run --mongo');
  await expect(out).toContainText('runs the Mongo migrations of this connection');
  await cli.fill('eloquent db:seed --class --test');
  await expect(out).toContainText('commander takes "--test" as the value of --class');
  await expect(out).toContainText("Seeder '--test' not found.");
  await cli.fill('eloquent migrate:run --help');
  await expect(out).toContainText('commander prints the help of migrate:run and exits');
  await cli.fill('eloquent db:seed --mysql --pg');
  await expect(out).toHaveText('ERROR: Choose only one explicit connection flag or use --all-connections.');
});

test('the 1.0 guide has its own playground, from its own example', async ({page}) => {
  const region = await startPlayground(page, ELOQUENT_10_PAGE);
  await expect(region.getByRole('textbox', {name: '.env'})).toHaveValue(/DB_CONNECTION=sqlite\nDB_TEST_CONNECTION=sqlite_test/);
  await expectRoute(region, 'User', 'mysql', 'The constructor passes "mysql"');
  await region.getByRole('button', {name: 'Create User'}).click();
  expect(await namesOn(region, 'mysql')).toEqual(['User 1']);
});
