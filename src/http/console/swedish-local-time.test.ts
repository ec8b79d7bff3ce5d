import assert from 'node:assert/strict';
import { test } from 'node:test';
import { swedishLocalTime } from './swedish-local-time.ts';

test('a Swedish wall time becomes the instant, in winter and in summer', () => {
  assert.equal(swedishLocalTime('2026-01-31T09:15')?.toISOString(), '2026-01-31T08:15:00.000Z');
  assert.equal(swedishLocalTime('2026-06-15T09:15')?.toISOString(), '2026-06-15T07:15:00.000Z');
});

test('malformed values and the hour skipped in spring are no time', () => {
  for (const value of ['', '2026-01-31', '2026-13-01T10:00', '2026-02-30T10:00', '31/1/2026 09:15', '2026-03-29T02:30']) {
    assert.equal(swedishLocalTime(value), undefined, value);
  }
});
