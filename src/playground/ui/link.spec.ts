import {test, expect} from '@playwright/test';
import {decodeLinkState, encodeLinkState, type PlaygroundLinkState} from './link';

const state: PlaygroundLinkState = {
  preset: 'eloquent-1.1',
  env: 'DB_CONNECTION=pg\n# café ✓ <b>not markup</b>\nDB_NAME="a b"\n',
  pins: {User: null, GeoLocation: 'mongo_test'},
  test: true,
};

test('a setup survives the round trip through a link, unicode and angle brackets included', () => {
  const hash = encodeLinkState(state);
  expect(hash).toMatch(/^playground=1\.[A-Za-z0-9_-]+$/);
  expect(decodeLinkState(`#${hash}`)).toEqual({ok: true, state});
});

test('a hash without a playground setup is not an error', () => {
  expect(decodeLinkState('')).toBeNull();
  expect(decodeLinkState('#the-core-rule')).toBeNull();
});

test('damaged or hostile links are refused with a reason, never half-read', () => {
  const encode = (data: unknown) => `playground=1.${Buffer.from(JSON.stringify(data)).toString('base64url')}`;
  const cases: [string, string][] = [
    ['playground=2.abc', 'not a playground link'],
    ['playground=1.%%%', 'damaged'],
    ['playground=1.' + Buffer.from('not json').toString('base64url'), 'damaged'],
    [encode([1, 2]), 'not an object'],
    [encode({p: 'x', e: 42, m: {}, t: 0}), 'no .env text'],
    [encode({p: 'x', e: 'A=1', m: {}, t: 'yes'}), 'test-mode'],
    [encode({p: 'x', e: 'A=1', m: {User: {toString: 1}}, t: 0}), 'invalid model pin'],
    [encode({p: 'x', e: 'A=1', m: [], t: 0}), 'no valid model pins'],
    [encode({p: 'x', e: 'A'.repeat(20_001), m: {}, t: 0}), 'at most 20000'],
  ];
  for (const [hash, reason] of cases) {
    const decoded = decodeLinkState(hash);
    expect(decoded?.ok, hash).toBe(false);
    expect(decoded && !decoded.ok && decoded.error).toContain(reason);
  }
});

test('a "__proto__" key in a link stays a plain key: kept as data, never a prototype', () => {
  const hash = `playground=1.${Buffer.from('{"p":"x","e":"","m":{"__proto__":"mysql","User":null},"t":0}').toString('base64url')}`;
  const decoded = decodeLinkState(hash);
  if (!decoded?.ok) throw new Error('the link was refused');
  const {pins} = decoded.state;
  expect(Object.getPrototypeOf(pins)).toBe(Object.prototype);
  expect(Object.entries(pins)).toEqual([
    ['__proto__', 'mysql'],
    ['User', null],
  ]);
});
