import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exponentialBackoff } from './backoff.ts';

test('backoff doubles per attempt between half and all of base × 2^(attempt−1), up to the cap', () => {
  const lowest = exponentialBackoff({ baseMs: 1000, capMs: 60_000, random: () => 0 });
  const highest = exponentialBackoff({ baseMs: 1000, capMs: 60_000, random: () => 0.999999 });
  assert.deepEqual([1, 2, 3, 4].map(lowest), [500, 1000, 2000, 4000]);
  assert.deepEqual([1, 2, 3, 4].map(highest), [1000, 2000, 4000, 8000]);
  assert.deepEqual([lowest(20), highest(20)], [30_000, 60_000]);
});

test('the default backoff starts at 0.5–1 s and never exceeds ten minutes', () => {
  const backoff = exponentialBackoff();
  for (let n = 0; n < 50; n += 1) {
    const first = backoff(1);
    assert.ok(first >= 500 && first <= 1000, String(first));
    assert.ok(backoff(40) <= 600_000);
  }
});
