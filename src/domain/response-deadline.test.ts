import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endOfSwedishDay, responseDeadline, responseDueDay, swedishDay } from './response-deadline.ts';

const due = (iso: string, options = {}) => responseDueDay(new Date(`${iso}T10:00:00Z`), options);

test('one month is the same date next month, or the last day of a shorter month (1182/71)', () => {
  assert.equal(due('2025-01-31'), '2025-02-28');
  assert.equal(due('2025-03-15'), '2025-04-15');
  assert.equal(due('2028-01-31'), '2028-02-29');
  assert.equal(due('2026-03-31'), '2026-04-30');
  assert.equal(due('2026-11-29'), '2026-12-29');
});

test('a due date on a weekend or a Swedish public holiday moves to the next working day', () => {
  assert.equal(due('2026-01-31'), '2026-03-02', '28 February 2026 is a Saturday');
  assert.equal(due('2026-03-03'), '2026-04-07', '3 April is Good Friday, then Easter');
  assert.equal(due('2026-05-06'), '2026-06-08', '6 June (national day) is a Saturday');
  assert.equal(due('2026-11-24'), '2026-12-24', 'julafton is a working day by default');
  assert.equal(due('2026-11-24', { evesAreHolidays: true }), '2026-12-28', 'unless the eves count (lag 1930:173)');
  assert.equal(due('2026-01-31', { months: 3 }), '2026-04-30', 'an extended deadline counts three months');
  assert.throws(() => due('2026-01-01', { months: 0 }), TypeError);
});

test('days are Swedish calendar days, and the deadline is the end of the due day in Sweden', () => {
  assert.equal(swedishDay(new Date('2026-01-31T23:30:00Z')), '2026-02-01', 'received after midnight in Stockholm');
  assert.equal(responseDueDay(new Date('2026-01-31T23:30:00Z')), '2026-03-02');
  assert.equal(endOfSwedishDay('2026-12-29').toISOString(), '2026-12-29T22:59:59.999Z', 'winter: UTC+1');
  assert.equal(endOfSwedishDay('2026-06-15').toISOString(), '2026-06-15T21:59:59.999Z', 'summer: UTC+2');
  assert.equal(responseDeadline(new Date('2026-11-29T10:00:00Z')).toISOString(), '2026-12-29T22:59:59.999Z');
});
