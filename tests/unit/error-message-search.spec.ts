import {test, expect} from '@playwright/test';
import {tokenize} from '../../src/plugins/error-message-search/tokenize';
import {phrasePosition, phraseScore} from '../../src/plugins/error-message-search/phrase';

test('a pasted message is cut into the words the index holds: no quotes or brackets, no stop words', () => {
  expect(tokenize('EntityMetadataNotFoundError: No metadata for "SecretEntity" was found.')).toEqual([
    'entitymetadatanotfounderror',
    'metadata',
    'secretentity',
    'found',
  ]);
  expect(tokenize("Nest can't resolve dependencies of the SecretDatabaseService (?). Please make sure")).toEqual([
    'nest',
    "can't",
    'resolve',
    'dependencies',
    'secretdatabaseservice',
    'please',
    'make',
    'sure',
  ]);
});

test('the word being typed stays, even a stop word', () => {
  expect(tokenize('connection for')).toEqual(['connection', 'for']);
  expect(tokenize('the')).toEqual(['the']);
});

test('the section holding the pasted message word for word scores highest', () => {
  const pasted = 'Please make sure that the argument "secret_SecretEntityRepository" at index [0] is available';
  const own =
    'Nest can\'t resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument "secret_SecretEntityRepository" at index [0] is available in the module.';
  const other = 'Please make sure that the argument "SecretEntityRepository" at index [0] is available. secret_SecretEntityRepository is the other token.';
  expect(phraseScore(pasted, own)).toBe(pasted.split(' ').length - 1);
  expect(phraseScore(pasted, other)).toBeLessThan(phraseScore(pasted, own));
});

test('of two sections holding the whole message, the one quoting it first is ahead', () => {
  const pasted = "Nest can't resolve dependencies of the secret_SecretEntityRepository (?).";
  const own = `${pasted} The name was put into the object that useFactory returns.`;
  const later = `WARN [DataSourceNameRegistry] A data source with the default name is already registered. ${pasted}`;
  expect(phraseScore(pasted, own)).toBe(phraseScore(pasted, later));
  expect(phrasePosition(pasted, own)).toBeLessThan(phrasePosition(pasted, later));
  expect(phrasePosition(pasted, 'nothing of it')).toBe(Infinity);
});
