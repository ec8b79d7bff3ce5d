import assert from 'node:assert/strict';
import { test } from 'node:test';
import { easterSunday, isNonWorkingDay, nextWorkingDay, swedishHolidays } from './swedish-holidays.ts';

test('Easter Sunday, checked against the calendar', () => {
  assert.equal(easterSunday(2024), '2024-03-31');
  assert.equal(easterSunday(2025), '2025-04-20');
  assert.equal(easterSunday(2026), '2026-04-05');
  assert.equal(easterSunday(2027), '2027-03-28');
  assert.equal(easterSunday(2038), '2038-04-25');
});

test('the holidays of 2026, and the eves only when asked', () => {
  assert.deepEqual(swedishHolidays(2026), [
    '2026-01-01', '2026-01-06', '2026-04-03', '2026-04-05', '2026-04-06', '2026-05-01', '2026-05-14',
    '2026-05-24', '2026-06-06', '2026-06-20', '2026-10-31', '2026-12-25', '2026-12-26',
  ]);
  const withEves = swedishHolidays(2026, { evesAreHolidays: true });
  for (const eve of ['2026-06-19', '2026-12-24', '2026-12-31']) assert.ok(withEves.includes(eve), eve);
  assert.equal(swedishHolidays(2025).find((date) => date.startsWith('2025-11')), '2025-11-01', 'Alla helgons dag may fall in November');
});

test('weekends and holidays move to the next working day', () => {
  assert.equal(nextWorkingDay('2026-03-02'), '2026-03-02', 'a Monday stays');
  assert.equal(nextWorkingDay('2026-02-28'), '2026-03-02', 'Saturday → Monday');
  assert.equal(nextWorkingDay('2026-04-03'), '2026-04-07', 'Good Friday → Tuesday after Easter Monday');
  assert.equal(nextWorkingDay('2026-12-24'), '2026-12-24', 'julafton is a working day by default');
  assert.equal(nextWorkingDay('2026-12-24', { evesAreHolidays: true }), '2026-12-28');
  assert.ok(isNonWorkingDay('2026-06-06') && !isNonWorkingDay('2026-06-05'));
});
