import assert from 'node:assert/strict';
import { test } from 'node:test';
import { responseDeadline } from './response-deadline.ts';

const day = (iso: string) => responseDeadline(new Date(`${iso}T10:00:00Z`)).toISOString().slice(0, 10);

test('one month is the same date next month, or the last day of a shorter month', () => {
  assert.equal(day('2026-11-29'), '2026-12-29');
  assert.equal(day('2026-12-31'), '2027-01-31');
  assert.equal(day('2027-01-31'), '2027-02-28');
  assert.equal(day('2028-01-31'), '2028-02-29');
  assert.equal(day('2026-03-31'), '2026-04-30');
  assert.equal(responseDeadline(new Date('2026-01-31T10:00:00Z'), 3).toISOString(), '2026-04-30T10:00:00.000Z');
  assert.throws(() => responseDeadline(new Date(), 0), TypeError);
});
