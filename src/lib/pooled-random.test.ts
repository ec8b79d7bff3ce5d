import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pooledRandomBytes } from './pooled-random.ts';

test('pooled random bytes are never handed out twice, across refills', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 2_000; i += 1) seen.add(pooledRandomBytes(16).toString('hex'));
  assert.equal(seen.size, 2_000);
  const bytes = pooledRandomBytes(256);
  assert.equal(bytes.length, 256);
  assert.ok(new Set(bytes).size > 100, 'the bytes look random');
  assert.throws(() => pooledRandomBytes(0), RangeError);
  assert.throws(() => pooledRandomBytes(257), RangeError);
});
