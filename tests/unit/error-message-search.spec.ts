import {test, expect} from '@playwright/test';
import {tokenize} from '../../src/plugins/error-message-search/tokenize';
import {phrasePosition, phraseScore} from '../../src/plugins/error-message-search/phrase';
import {cleanMessage, queryText} from '../../src/plugins/error-message-search/normalize';
import {missingSwaps} from '../../src/plugins/error-message-search';
import SWAPS from '../../src/plugins/error-message-search/swaps.json';

test('a pasted message is cut into the words the index holds: no quotes or brackets, no stop words', () => {
  expect(tokenize('EntityMetadataNotFoundError: No metadata for "SecretEntity" was found.')).toEqual(['entitymetadatanotfounderror', 'metadata', 'found']);
  expect(tokenize('"SecretEntity" found')).toEqual(['secretentity', 'found']);
});

test("the reader's own names are left out of a pasted message's query, not out of a short one", () => {
  expect(tokenize("Nest can't resolve dependencies of the BillingService (?). Please make sure")).toEqual([
    'nest',
    "can't",
    'resolve',
    'dependencies',
    'please',
    'make',
    'sure',
  ]);
  expect(queryText('Unable to connect to the database (billing). Retrying (3)...')).toBe('Unable to connect to the database Retrying');
  expect(queryText('forFeature connection name')).toBe('forFeature connection name');
});

test('the word being typed stays, even a stop word', () => {
  expect(tokenize('connection for')).toEqual(['connection', 'for']);
  expect(tokenize('the')).toEqual(['the']);
});

test("a logger's prefix, colours, stack lines, paths, hosts and ports are not part of the message", () => {
  const pasted =
    '\u001b[31m[Nest] 48213  - 12/05/2026, 9:14:02 AM \u001b[39m  ERROR [TypeOrmModule] Cannot open the "billing" connection (mariadb, mariadb://db.internal:3307/billing). connect ECONNREFUSED 10.0.0.7:3307 +3ms\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) at /srv/app/dist/main.js:12:3';
  expect(cleanMessage(pasted)).toBe('Cannot open the "billing" connection (mariadb, connect ECONNREFUSED');
});

test('the section holding the pasted message scores highest, whatever names the reader chose', () => {
  const prefixed =
    'Nest can\'t resolve dependencies of the InvoiceService (?). Please make sure that the argument "billing_InvoiceRepository" at index [0] is available in the NestjsQueryGraphQLModule module.';
  const bare = prefixed.replace('billing_InvoiceRepository', 'InvoiceRepository');
  const forFeature =
    'Nest can\'t resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument "secret_SecretEntityRepository" at index [0] is available in the NestjsQueryGraphQLModule module.';
  const injectRepository = forFeature.replace('secret_SecretEntityRepository', 'SecretEntityRepository');
  expect(phraseScore(prefixed, forFeature)).toBeGreaterThan(phraseScore(prefixed, injectRepository));
  expect(phraseScore(bare, injectRepository)).toBeGreaterThan(phraseScore(bare, forFeature));
  // Nest's own names, kept as written, choose between two entries that differ only there.
  const testing = forFeature.replace('NestjsQueryGraphQLModule', 'RootTestModule');
  const inTests = prefixed.replace('NestjsQueryGraphQLModule', 'RootTestModule');
  expect(phraseScore(inTests, testing)).toBeGreaterThan(phraseScore(inTests, forFeature));
});

test('of two sections holding the whole message, the one quoting it first is ahead', () => {
  const pasted = "Nest can't resolve dependencies of the secret_SecretEntityRepository (?).";
  const own = `${pasted} The name was put into the object that useFactory returns.`;
  const later = `WARN [DataSourceNameRegistry] A data source with the default name is already registered. ${pasted}`;
  expect(phraseScore(pasted, own)).toBe(phraseScore(pasted, later));
  expect(phrasePosition(pasted, own)).toBeLessThan(phrasePosition(pasted, later));
  expect(phrasePosition(pasted, 'nothing of it')).toBe(Infinity);
});

test("the build's check of the search package's imports finds each swap, and names one that is gone", () => {
  expect(missingSwaps(SWAPS)).toEqual([]);
  const gone = {request: '../utils/tokenizeV2', from: 'theme', ours: 'tokenize.ts'};
  expect(missingSwaps([...SWAPS, gone])).toEqual([gone]);
});
