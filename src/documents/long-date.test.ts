import assert from 'node:assert/strict';
import { test } from 'node:test';
import { longDate } from './long-date.ts';

test('a timestamp is written as its day in Sweden, in words', () => {
  assert.equal(longDate('2026-11-29T10:15:00.000Z', 'sv'), '29 november 2026');
  assert.equal(longDate('2026-11-29T10:15:00.000Z', 'en'), '29 November 2026');
  assert.equal(longDate('2026-11-29T23:30:00Z', 'sv'), '30 november 2026');
  assert.equal(longDate('2026-06-30T22:30:00Z', 'en'), '1 July 2026');
});

test('a plain date is that calendar day', () => {
  assert.equal(longDate('2026-01-01', 'sv'), '1 januari 2026');
  assert.equal(longDate('2025-12-31', 'en'), '31 December 2025');
});

test('anything else is a programmer mistake', () => {
  assert.throws(() => longDate('den 29:e', 'sv'), TypeError);
});
