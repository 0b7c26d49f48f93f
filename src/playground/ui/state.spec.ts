import {test, expect} from '@playwright/test';
import {initialSetup, reducer, stateFrom} from './state';
import {eloquentRuleset} from '../rules/eloquent/ruleset';
import {encodeLinkState} from './link';
import {PRESETS} from '../rules/presets';

// The playground's starting setup and its state changes, without a browser.
const preset = PRESETS['eloquent-1.1'];
const setupFrom = (hash: string | null, from: 'link' | 'saved' = 'link') =>
  initialSetup(preset, eloquentRuleset, 'DB_CONNECTION=sqlite\n', hash === null ? null : {from, text: hash});

test("no link: the guide's models, both controls as the example has them", () => {
  expect(setupFrom(null)).toEqual({
    env: 'DB_CONNECTION=sqlite\n',
    settings: {User: 'mysql', 'User#ctor': 'mysql', GeoLocation: 'mongo', 'GeoLocation#ctor': 'mongo'},
    testMode: false,
    note: null,
  });
});

test('a link sets both controls; unknown models, controls and connections are dropped and named', () => {
  const hash = `#${encodeLinkState({preset: 'eloquent-1.1', env: 'A=1', pins: {'User#ctor': 'sqlite_test', User: null, Post: 'pg', 'GeoLocation#ctor': 'nowhere', 'User#size': 'pg'}, test: true})}`;
  const setup = setupFrom(hash);
  expect(setup.settings).toEqual({User: null, 'User#ctor': 'sqlite_test', GeoLocation: 'mongo', 'GeoLocation#ctor': 'mongo'});
  expect(setup.testMode).toBe(true);
  expect(setup.note).toEqual({
    tone: 'status',
    text: 'Opened the setup from the link. Pins ignored (no such model or connection here): Post, GeoLocation ctor, User size.',
  });
});

test('a damaged link: the preset, and the reason', () => {
  expect(setupFrom('#playground=1.bm90IGpzb24')).toMatchObject({
    settings: {User: 'mysql'},
    note: {tone: 'alert', text: "The link is damaged: its setup cannot be decoded. Showing the guide's preset instead."},
  });
});

test("saved edits open with their own note; unreadable ones give the preset and say so, without a link's wording", () => {
  const saved = encodeLinkState({preset: 'eloquent-1.1', env: 'DB_CONNECTION=pg\n', pins: {User: 'pg'}, test: false});
  expect(setupFrom(saved, 'saved')).toEqual({
    env: 'DB_CONNECTION=pg\n',
    settings: {User: 'pg', 'User#ctor': 'mysql', GeoLocation: 'mongo', 'GeoLocation#ctor': 'mongo'},
    testMode: false,
    note: {tone: 'status', text: 'Restored your edits from your last visit (kept in this browser; “Reset to the example” starts over).'},
  });
  expect(setupFrom('playground=1.bm90IGpzb24', 'saved')).toMatchObject({
    env: 'DB_CONNECTION=sqlite\n',
    note: {tone: 'alert', text: "Your saved edits could not be read. Showing the guide's preset instead."},
  });
});

test('the include-secrets box starts unticked and is kept until a reset', () => {
  let state = stateFrom(setupFrom(null), '', 'mysql', 'SELECT * FROM users;');
  expect(state.includeSecrets).toBe(false);
  state = reducer(state, {type: 'include-secrets', on: true});
  expect(reducer(state, {type: 'env', env: 'A=1'}).includeSecrets).toBe(true);
  expect(reducer(state, {type: 'reset', state: stateFrom(setupFrom(null), '', 'mysql', 'SELECT 1;')}).includeSecrets).toBe(false);
});

test('typing SQL leaves the default query; choosing a connection keeps the typed one', () => {
  let state = stateFrom(setupFrom(null), '', 'mysql', 'SELECT * FROM users;');
  state = reducer(state, {type: 'sql', sql: 'SELECT 1;'});
  expect(state.sqlIsDefault).toBe(false);
  state = reducer(state, {type: 'console', connection: 'pg'});
  expect([state.consoleConnection, state.sql]).toEqual(['pg', 'SELECT 1;']);
});

test('a reset keeps what the engine said and whether it is ready', () => {
  let state = stateFrom(setupFrom(null), '', 'mysql', 'SELECT * FROM users;');
  state = reducer(reducer(state, {type: 'engine', ready: true}), {type: 'note', slot: 'engine', note: {tone: 'status', text: 'ready'}});
  state = reducer(state, {type: 'setting', key: 'User#ctor', value: 'pg'});
  const fresh = stateFrom(setupFrom(null), '', 'mysql', 'SELECT * FROM users;');
  const after = reducer(state, {type: 'reset', state: fresh});
  expect([after.ready, after.notes.engine?.text, after.settings['User#ctor']]).toEqual([true, 'ready', 'mysql']);
});
