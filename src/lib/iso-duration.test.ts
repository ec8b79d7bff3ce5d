import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addIsoDuration, parseIsoDuration } from './iso-duration.ts';

test('ISO 8601 durations are read part by part', () => {
  assert.deepEqual(parseIsoDuration('P2Y6M'), { years: 2, months: 6, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
  assert.equal(parseIsoDuration('P13M')?.months, 13);
  assert.equal(parseIsoDuration('PT30M')?.minutes, 30);
  assert.equal(parseIsoDuration('P1W')?.weeks, 1);
  assert.equal(parseIsoDuration('P1DT2H')?.hours, 2);
});

test('text that is not an ISO 8601 duration is refused', () => {
  for (const text of ['', 'P', 'PT', '10 years', 'P10', 'P1M2Y', 'p10y', 'P1.5Y', 'P1YT', 'session']) {
    assert.equal(parseIsoDuration(text), undefined, text);
  }
});

test('a duration moves a date calendar-wise, forwards and back', () => {
  const at = new Date('2026-01-31T12:00:00Z');
  const duration = (text: string) => parseIsoDuration(text) ?? assert.fail(text);
  assert.equal(addIsoDuration(at, duration('P3Y')).toISOString(), '2029-01-31T12:00:00.000Z');
  assert.equal(addIsoDuration(at, duration('P1Y2M'), -1).toISOString(), '2024-11-30T12:00:00.000Z');
  assert.equal(addIsoDuration(at, duration('P1DT2H')).toISOString(), '2026-02-01T14:00:00.000Z');
  assert.equal(addIsoDuration(at, duration('PT30M'), -1).toISOString(), '2026-01-31T11:30:00.000Z');
});
