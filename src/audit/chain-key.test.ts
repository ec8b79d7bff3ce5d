import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chainKeyOf } from './chain-key.ts';

test('chains are keyed by UTC month and the subject key shard', () => {
  assert.equal(chainKeyOf(new Date('2025-03-31T23:59:59.999Z'), `b${'0'.repeat(63)}`), '2025-03:b');
  assert.equal(chainKeyOf(new Date('2025-04-01T00:00:00.000Z'), `b${'0'.repeat(63)}`), '2025-04:b');
  assert.equal(chainKeyOf(new Date('2025-04-01T01:30:00.000+02:00'), null), '2025-03:-');
});
