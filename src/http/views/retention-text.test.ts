import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate } from './format-date.ts';
import { retentionText } from './retention-text.ts';

test('retention rules in words, Swedish and English', () => {
  const tenYears = { period: 'P10Y', from: 'case-closed', disposal: 'gallras', source: 'x' } as const;
  assert.equal(retentionText(tenYears, 'sv'), 'Gallras (raderas) 10 år efter att ärendet har avslutats.');
  assert.equal(retentionText(tenYears, 'en'), 'Disposed of (deleted) 10 years after the case was closed.');
  const archived = { period: 'P1Y6M', from: 'payment-made', disposal: 'arkiveras', source: 'x' } as const;
  assert.equal(retentionText(archived, 'sv'), 'Förs över till arkivet och bevaras 1 år och 6 månader efter utbetalningen.');
  const atOnce = { period: 'P0D', from: 'case-closed', disposal: 'gallras', source: 'x' } as const;
  assert.equal(retentionText(atOnce, 'sv'), 'Gallras (raderas) när ärendet har avslutats.');
  assert.equal(retentionText({ ...atOnce, period: 'P1M' }, 'en'), 'Disposed of (deleted) 1 month after the case was closed.');
});

test('dates in words', () => {
  assert.equal(formatDate('2025-05-01', 'sv'), '1 maj 2025');
  assert.equal(formatDate('2025-05-01', 'en'), '1 May 2025');
  assert.equal(formatDate('2024-12-31', 'sv'), '31 december 2024');
  assert.throws(() => formatDate('someday', 'sv'), TypeError);
});
