import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {
  allConnectionsSeedOutput,
  cliErrorPrefix,
  invalidConnection,
  mongoModelOnSql,
  mongoRefusesSqlAdapter,
  seedPrecheckReasons,
  seederNotFound,
  seedingConnection,
  sqlModelOnMongo,
  twoDriverFlags,
  unknownConnectionInConnectDB,
} from './messages';

// eloquent-orm.js cannot be installed here, so no test can make these mistakes against it.
// Each message on the guides is instead compared with ./messages.ts, which quotes
// the package's source with file and line:
//   resolveConnectionName.ts:55, BaseModel.ts:297 and :348, DriverAdapter.ts:176,
//   DatabaseConnection.ts:125 (Node's TypeError, named as Node prints it), resolveConnectionFlags.ts:65,
//   CliActionRuntime.ts:8, CliSeedScenarioCommandRegistration.ts:58,
//   SeedBootstrapPrecheck.ts:77, :99, :150, :156, :162, :164, dbSeed.ts:75 and :101.
// The names are the ones each entry's example uses (the page's .env: DB_TEST_CONNECTION=sqlite_test).
const expected: Record<string, string> = {
  'DB_CONNECTION holds two names, or a typo': invalidConnection.text('mysql,pg'),
  'A SQL model on the mongo connection': sqlModelOnMongo.text(),
  'A SQL model on mongo_test fails at its first query': mongoRefusesSqlAdapter.text(),
  'A constructor connection that is not a connection name': `TypeError: ${unknownConnectionInConnectDB.text()}`,
  'A Mongo model on a SQL connection': mongoModelOnSql.text('mysql'),
  'Two driver flags in one command': cliErrorPrefix.text(twoDriverFlags.text()),
  'db:seed --all-connections stops before seeding': allConnectionsSeedOutput([
    {connection: 'mysql', reasons: []},
    {connection: 'pg', reasons: [seedPrecheckReasons.noMigrationFiles.text(), seedPrecheckReasons.noHistory.text()]},
    {connection: 'sqlite', reasons: []},
  ]),
  'The seeder "--test" is not found': [seedingConnection.text('sqlite_test'), seederNotFound.text('--test')].join('\n'),
};

const guides = [
  'docs/eloquent/troubleshooting-multi-connection-strategy.mdx',
  'eloquent_versioned_docs/version-1.0.x/troubleshooting-multi-connection-strategy.mdx',
];

/** Each `###` entry of the page's `## Troubleshooting` section with the fenced block under it. */
function troubleshootingEntries(page: string): Map<string, string | null> {
  const section = page.split(/^## Troubleshooting$/m)[1]?.split(/^## /m)[0];
  if (section === undefined) throw new Error('no "## Troubleshooting" section');
  const entries = new Map<string, string | null>();
  for (const part of section.split(/^### /m).slice(1)) {
    const [heading, ...rest] = part.split('\n');
    const block = /^\s*```text\n([\s\S]*?)\n```/.exec(rest.join('\n'));
    entries.set(heading.trim(), block ? block[1] : null);
  }
  return entries;
}

for (const guide of guides) {
  test(`${guide}: every troubleshooting message is the package's text`, () => {
    const entries = troubleshootingEntries(fs.readFileSync(guide, 'utf8'));
    expect([...entries.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [heading, block] of entries) {
      expect(block, `"${heading}" has a fenced text block right under its heading`).not.toBeNull();
      expect(block, heading).toBe(expected[heading]);
    }
  });
}

test('a changed message or a block that is not under its heading is noticed', () => {
  const page = fs.readFileSync(guides[0], 'utf8');
  const drifted = troubleshootingEntries(page.replace('Received: mysql', 'Received: mysql_test'));
  expect(drifted.get('A Mongo model on a SQL connection')).not.toBe(expected['A Mongo model on a SQL connection']);
  const moved = troubleshootingEntries(
    page.replace('### A SQL model on the mongo connection\n\n```text', '### A SQL model on the mongo connection\n\nSome words first.\n\n```text'),
  );
  expect(moved.get('A SQL model on the mongo connection')).toBeNull();
});
