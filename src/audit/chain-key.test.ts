import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chainKeyOf, isChainKey, isMonth } from './chain-key.ts';

test('chains are keyed by UTC month and the subject key shard', () => {
  assert.equal(chainKeyOf(new Date('2025-03-31T23:59:59.999Z'), `b${'0'.repeat(63)}`), '2025-03:b');
  assert.equal(chainKeyOf(new Date('2025-04-01T00:00:00.000Z'), `b${'0'.repeat(63)}`), '2025-04:b');
  assert.equal(chainKeyOf(new Date('2025-04-01T01:30:00.000+02:00'), null), '2025-03:-');
});

test('chain names and months have one form', () => {
  assert.ok(isChainKey('2025-03:b') && isChainKey('2025-12:-') && isChainKey('2025-03:0'));
  for (const name of ['', '2025-03', '2025-13:b', '2025-03:B', '2025-03:bb', '2025-03:g', ' 2025-03:b', 'ö', '2025-03:b\n']) {
    assert.ok(!isChainKey(name), JSON.stringify(name));
  }
  assert.ok(isMonth('2025-03') && !isMonth('2025-3') && !isMonth('2025-00') && !isMonth('2025-03:b'));
});
