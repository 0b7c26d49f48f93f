// Migrations per connection in the NestJS examples, run through their npm scripts (the TypeORM
// CLI) as a reader does, each test on fresh databases of its own that it then reads directly.
// On sql.js files by default; tagged @servers, so scripts/examples-on-servers.mjs runs them again
// with MUSIC_DB_URL / SECRET_DB_URL, putting each connection on each server in turn (the older
// lines: music on MariaDB, secret on PostgreSQL; see `swapped`).
import {expect, test} from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {DatabaseInspector, Role} from './support/databases';
import {extractRegion} from '../../src/lib/regions';
import {exampleDir} from '../../tools/exampleApp.mjs';
import {root as repoRoot} from '../../tools/paths.mjs';
import {
  copyOfExample,
  freshDatabase,
  migrationExamples,
  npmRun,
  ownTables,
  placements,
  shippedMigrations,
  tablesOf,
  type Placement,
} from './support/migrations';

// Each test runs the CLI five to nine times: a few seconds each on an idle machine, far more
// when it is busy.
test.describe.configure({mode: 'parallel', timeout: 600_000});

type Databases = Record<Role, DatabaseInspector> & {env: Record<string, string>};

async function withDatabases(place: {music: Placement; secret: Placement}, label: string, body: (databases: Databases) => Promise<void>) {
  const music = await freshDatabase('music', place.music, label);
  const secret = await freshDatabase('secret', place.secret, label);
  try {
    await body({music, secret, env: {...music.env, ...secret.env}});
  } finally {
    await music.close();
    await secret.close();
  }
}

/** Each recorded migration of `role`, read from that database's own migrations table. */
async function recorded(database: DatabaseInspector, role: Role): Promise<string[]> {
  const table = `${role}_migrations`;
  const names = [];
  for (const name of [...shippedMigrations[role], 'AddSecretNotes1767225800000']) {
    if ((await database.count(table, 'name', name)) === 1) names.push(name);
  }
  return names;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Copies of the example a test changed, removed when it ends. */
const copies: string[] = [];
test.afterEach(() => {
  for (const copy of copies.splice(0)) fs.rmSync(copy, {recursive: true, force: true});
});

for (const {name: example, guide, generateArgs, nothingToGenerate, swapped} of migrationExamples) {
  const all = placements(swapped);
  for (const place of all) {
    // With the connections swapped, the tests of one driver's behaviour run where the secret
    // connection is on that driver, and revert and baselining (the same on either) once.
    const once = place === all[0];
    const secretOn = (...drivers: string[]) => all.length === 1 || drivers.includes(place.secret.label);
    test.describe(`${example}: music on ${place.music.label}, secret on ${place.secret.label}`, {tag: '@servers'}, () => {
      const dir = () => exampleDir(example);

      test('run creates exactly each connection’s own tables in its own database, a second run does nothing, show lists them, the drift check finds nothing', async () => {
        await withDatabases(place, 'run', async (databases) => {
          const first = await npmRun(dir(), 'migration:run', databases.env);
          expect(first.code, first.output).toBe(0);
          expect(await tablesOf(databases.music)).toEqual(ownTables.music);
          expect(await tablesOf(databases.secret)).toEqual(ownTables.secret);
          expect(await recorded(databases.music, 'music')).toEqual(shippedMigrations.music);
          expect(await recorded(databases.secret, 'secret')).toEqual(shippedMigrations.secret);
          expect(await databases.music.rowCount('music_migrations')).toBe(2);
          expect(await databases.secret.rowCount('secret_migrations')).toBe(1);

          const second = await npmRun(dir(), 'migration:run', databases.env);
          expect(second.code, second.output).toBe(0);
          expect(second.output.match(/No migrations are pending/g)).toHaveLength(2);
          expect(await databases.music.rowCount('music_migrations')).toBe(2);
          expect(await databases.secret.rowCount('secret_migrations')).toBe(1);

          const show = await npmRun(dir(), 'migration:show', databases.env);
          expect(show.code, show.output).toBe(0);
          for (const name of [...shippedMigrations.music, ...shippedMigrations.secret]) {
            expect(show.output).toMatch(new RegExp(`\\[X\\].* ${name}`));
          }

          // The drift check: the migrations made what the entities describe, on this driver.
          const check = await npmRun(dir(), 'migration:check', databases.env);
          expect(check.code, check.output).toBe(0);
          expect(check.output.match(/^No changes in database schema were found$/gm)).toHaveLength(2);
        });
      });

      if (once)
        test('revert undoes only the last migration of that connection', async () => {
          await withDatabases(place, 'revert', async (databases) => {
            expect((await npmRun(dir(), 'migration:run', databases.env)).code).toBe(0);

            const music = await npmRun(dir(), 'migration:revert:music', databases.env);
            expect(music.code, music.output).toBe(0);
            expect(await tablesOf(databases.music)).toEqual(['albums', 'artists', 'music_migrations']);
            expect(await recorded(databases.music, 'music')).toEqual(shippedMigrations.music.slice(0, 1));
            expect(await tablesOf(databases.secret)).toEqual(ownTables.secret);
            expect(await recorded(databases.secret, 'secret')).toEqual(shippedMigrations.secret);

            const secret = await npmRun(dir(), 'migration:revert:secret', databases.env);
            expect(secret.code, secret.output).toBe(0);
            expect(await tablesOf(databases.secret)).toEqual(['secret_migrations']);
            expect(await databases.secret.rowCount('secret_migrations')).toBe(0);
            expect(await tablesOf(databases.music)).toEqual(['albums', 'artists', 'music_migrations']);
          });
        });

      test('a column added to SecretEntity produces a migration for secret and nothing for default', async () => {
        const copy = copyOfExample(example);
        copies.push(copy);
        const entityFile = path.join(copy, 'src', 'secret', 'secret.entity.ts');
        const entity = fs.readFileSync(entityFile, 'utf8');
        const withNote = entity.replace(/\n}\s*$/, "\n\n  @Column({ type: 'varchar', nullable: true })\n  note: string | null;\n}\n");
        expect(withNote).not.toBe(entity);
        fs.writeFileSync(entityFile, withNote);
        const folder = (role: Role) => path.join(copy, 'src', 'migrations', role);
        const before = {music: fs.readdirSync(folder('music')), secret: fs.readdirSync(folder('secret'))};

        await withDatabases(place, 'generate', async (databases) => {
          expect((await npmRun(copy, 'migration:run', databases.env)).code).toBe(0);

          // The drift check sees the new column before any migration is written.
          const check = await npmRun(copy, 'migration:check:secret', databases.env);
          expect(check.code, check.output).toBe(1);
          const drift = 'Unexpected changes in database schema were found in check mode:';
          expect(check.output).toContain(drift);
          expect(squash(fs.readFileSync(path.join(repoRoot, guide), 'utf8'))).toContain(drift);

          const secret = await npmRun(copy, 'migration:generate:secret', databases.env, generateArgs('secret', 'AddSecretNote'));
          expect(secret.code, secret.output).toBe(0);
          const added = fs.readdirSync(folder('secret')).filter((file) => !before.secret.includes(file));
          expect(added).toHaveLength(1);
          expect(added[0]).toMatch(/^\d+-AddSecretNote\.ts$/);
          const migration = fs.readFileSync(path.join(folder('secret'), added[0]), 'utf8');
          // ALTER TABLE ... ADD on the servers; SQLite copies the table into a new one.
          expect(migration).toMatch(/\bnote\b/);
          expect(migration).toMatch(/\bsecrets\b/);
          expect(migration).not.toMatch(/artists|albums|songs|genres/);

          const music = await npmRun(copy, 'migration:generate:music', databases.env, generateArgs('music', 'Nothing'));
          expect(music.code, music.output).toBe(1);
          expect(music.output).toContain(nothingToGenerate);
          expect(squash(fs.readFileSync(path.join(repoRoot, guide), 'utf8'))).toContain(nothingToGenerate);
          expect(fs.readdirSync(folder('music'))).toEqual(before.music);
        });
      });

      test('a failing migration stops its connection, names the migration, and leaves the other database unchanged', async () => {
        const copy = copyOfExample(example);
        copies.push(copy);
        // Creates a table, then fails: what is left of that table depends on the driver.
        fs.writeFileSync(
          path.join(copy, 'src', 'migrations', 'secret', '1767225800000-AddSecretNotes.ts'),
          fs.readFileSync(path.join(repoRoot, 'tests', 'examples', 'support', 'failing-migration.ts.txt'), 'utf8'),
        );
        await withDatabases(place, 'failing', async (databases) => {
          const musicTables = async () => ({
            tables: await tablesOf(databases.music),
            recorded: await databases.music.rowCount('music_migrations'),
          });
          const run = await npmRun(copy, 'migration:run', databases.env);
          expect(run.code, run.output).not.toBe(0);
          // The secret connection's script is the one that failed, on that migration.
          expect(run.output).toContain('migration:run:secret');
          expect(run.output).toContain('Migration "AddSecretNotes1767225800000" failed, error: ');
          expect(run.output).toContain('Error during migration run:');
          expect(squash(fs.readFileSync(path.join(repoRoot, guide), 'utf8'))).toContain(squash('Migration "AddSecretNotes1767225800000" failed, error: '));

          // The music database has what its own migrations made, nothing else.
          expect(await musicTables()).toEqual({tables: ownTables.music, recorded: 2});
          // The secret database keeps the migrations before the failing one, which is not recorded.
          expect(await recorded(databases.secret, 'secret')).toEqual(shippedMigrations.secret);
          const secretTables = await tablesOf(databases.secret);
          if (databases.secret.driver === 'mariadb' || databases.secret.driver === 'mysql') {
            // No transactional DDL: CREATE TABLE commits at once, the rollback cannot undo it.
            expect(secretTables).toEqual([...ownTables.secret, 'secret_notes'].sort());
          } else {
            expect(secretTables).toEqual(ownTables.secret);
          }

          // Running again fails the same way and still leaves music alone.
          const again = await npmRun(copy, 'migration:run', databases.env);
          expect(again.code).not.toBe(0);
          expect(await musicTables()).toEqual({tables: ownTables.music, recorded: 2});
        });
      });

      if (onNestjs9(example) && secretOn('mariadb', 'mysql'))
        test('a data change before a failing DDL statement: kept on MariaDB and MySQL (so a rerun repeats it), rolled back elsewhere', async () => {
          const copy = copyOfExample(example);
          copies.push(copy);
          fs.writeFileSync(path.join(copy, 'src', 'migrations', 'secret', '1767225800000-SeedThenAlter.ts'), dataThenDdlMigration);
          await withDatabases(place, 'data-then-ddl', async (databases) => {
            for (const attempt of [1, 2]) {
              const run = await npmRun(copy, 'migration:run:secret', databases.env);
              expect(run.code, `attempt ${attempt}: ${run.output}`).not.toBe(0);
              expect(run.output).toContain('Migration "SeedThenAlter1767225800000" failed, error: ');
              expect(await recorded(databases.secret, 'secret')).toEqual(shippedMigrations.secret);
              // MariaDB commits the open transaction before it runs any DDL statement, even one
              // that then fails: the insert stays, the migration is not recorded, and runs again.
              const implicitCommit = databases.secret.driver === 'mariadb' || databases.secret.driver === 'mysql';
              expect(await databases.secret.count('secrets', 'name', 'seeded')).toBe(implicitCommit ? attempt : 0);
            }
          });
          expect(squash(fs.readFileSync(path.join(repoRoot, guide), 'utf8'))).toContain(squash(dataChangeAdvice));
        });

      if (onNestjs9(example) && once)
        test('baselining: on a database whose tables exist, migration:run fails and migration:run -- --fake records the migrations without running them', async () => {
          await withDatabases(place, 'baseline', async (databases) => {
            expect((await npmRun(dir(), 'migration:run:secret', databases.env)).code).toBe(0);
            // The tables as synchronize (or a hand-made schema) leaves them: no record of any migration.
            await databases.secret.execute('DELETE FROM secret_migrations');
            expect(await tablesOf(databases.secret)).toEqual(ownTables.secret);

            const run = await npmRun(dir(), 'migration:run:secret', databases.env);
            expect(run.code, run.output).not.toBe(0);
            expect(run.output).toContain('Migration "CreateSecrets1767225600000" failed, error: ');

            const fake = await npmRun(dir(), 'migration:run:secret', databases.env, ['--fake']);
            expect(fake.code, fake.output).toBe(0);
            // Only the row in the migrations table: no CREATE TABLE, and (TypeORM 1) no success line either.
            expect(fake.output).toMatch(/INSERT INTO \S*secret_migrations/);
            expect(fake.output).not.toMatch(/CREATE TABLE \S*secrets\b/);
            expect(await recorded(databases.secret, 'secret')).toEqual(shippedMigrations.secret);
            const again = await npmRun(dir(), 'migration:run:secret', databases.env);
            expect(again.output).toContain('No migrations are pending');
          });
          const commands = fs.readFileSync(path.join(dir(), 'migrations.sh'), 'utf8');
          expect(extractRegion(commands, 'baseline')).toContain('npm run migration:run:secret -- --fake');
        });

      if (onNestjs9(example) && secretOn('postgres'))
        test('a migration with transaction = false (CREATE INDEX CONCURRENTLY on PostgreSQL) runs under migrationsTransactionMode each, and the drift check agrees', async () => {
          const copy = copyOfExample(example);
          copies.push(copy);
          const recipe = fs.readFileSync(path.join(dir(), 'recipes', '1767225900000-IndexSecretNames.ts'), 'utf8');
          const target = path.join(copy, 'src', 'migrations', 'secret', '1767225900000-IndexSecretNames.ts');
          const entityFile = path.join(copy, 'src', 'secret', 'secret.entity.ts');
          const entity = fs.readFileSync(entityFile, 'utf8');
          const indexed = entity
            .replace('import {\n  Column,', 'import {\n  Column,\n  Index,')
            .replace('  @Column()\n  name: string;', '  @Index()\n  @Column()\n  name: string;');
          expect(indexed).toContain('@Index()');
          fs.writeFileSync(entityFile, indexed);
          await withDatabases(place, 'no-transaction', async (databases) => {
            // The same migration inside a transaction: PostgreSQL refuses it.
            const inTransaction = recipe.replace(/^\s*transaction = false;\n/m, '');
            expect(inTransaction).not.toBe(recipe);
            fs.writeFileSync(target, inTransaction);
            const refused = await npmRun(copy, 'migration:run:secret', databases.env);
            if (databases.secret.driver === 'postgres') {
              expect(refused.code).not.toBe(0);
              expect(refused.output).toContain('CREATE INDEX CONCURRENTLY cannot run inside a transaction block');
              expect(await recorded(databases.secret, 'secret')).toEqual(shippedMigrations.secret);
            } else {
              expect(refused.code, refused.output).toBe(0);
              expect((await npmRun(copy, 'migration:revert:secret', databases.env)).code).toBe(0);
            }

            fs.writeFileSync(target, recipe);
            const run = await npmRun(copy, 'migration:run:secret', databases.env);
            expect(run.code, run.output).toBe(0);
            expect(run.output).toContain('Migration IndexSecretNames1767225900000 has been executed successfully.');
            const check = await npmRun(copy, 'migration:check:secret', databases.env);
            expect(check.code, check.output).toBe(0);
            const revert = await npmRun(copy, 'migration:revert:secret', databases.env);
            expect(revert.code, revert.output).toBe(0);
          });
        });
    });
  }
}

for (const {name: example, guide} of migrationExamples.filter(({name}) => onNestjs9(name))) {
  test(`${example}: the CLI refuses a data source file that exports the same DataSource as default and named export`, async () => {
    const copy = copyOfExample(example);
    copies.push(copy);
    const file = path.join(copy, 'src', 'database', 'secret.data-source.ts');
    const source = fs.readFileSync(file, 'utf8');
    const twice = source.replace('export default new DataSource(', 'export const secretDataSource = new DataSource(') + '\nexport default secretDataSource;\n';
    expect(twice).toContain('export const secretDataSource');
    fs.writeFileSync(file, twice);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'two-exports-'));
    const show = await npmRun(copy, 'migration:show:secret', {SECRET_DB_FILE: path.join(folder, 'secret.sqlite')});
    expect(show.code).not.toBe(0);
    expect(show.output).toContain('Given data source file must contain only one export of DataSource instance');
    expect(squash(fs.readFileSync(path.join(repoRoot, guide), 'utf8'))).toContain('It does not prefer the default export');
  });
}

/** The 9.x lines (NestJS 12 and NestJS 11), whose pages give the advice these tests check; not 0.30. */
function onNestjs9(example: string): boolean {
  return example === 'nestjs-multi-db' || example === 'nestjs-multi-db-nest11';
}

// A migration that changes data, then runs a DDL statement that fails.
const dataThenDdlMigration = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class SeedThenAlter1767225800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.manager.insert('secrets', { name: 'seeded', value: 'x' });
    await queryRunner.query('ALTER TABLE missing_table ADD note integer');
  }

  async down(): Promise<void> {}
}
`;

/** What the migrations page must advise for data changes (on MariaDB they outlive a failed migration). */
const dataChangeAdvice = 'put a data change in a migration of its own, or write it so that running it twice does no harm';
