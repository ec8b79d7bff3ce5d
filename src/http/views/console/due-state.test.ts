import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dueState } from './due-state.ts';

const options = { reminderWorkingDays: 5 };
// Due at the end of Friday 20 March 2026 in Sweden.
const due = new Date('2026-03-20T22:59:59.999Z');

test('days left count Swedish calendar days; the due day itself is 0 and still on time', () => {
  assert.deepEqual(dueState(due, new Date('2026-03-01T10:00:00Z'), options), { level: 'on-time', daysLeft: 19 });
  assert.deepEqual(dueState(due, new Date('2026-03-20T21:00:00Z'), options), { level: 'due-soon', daysLeft: 0 });
});

test('a reminder within the configured working days, weekends not counted', () => {
  // From Thursday 12 March: 13, 16, 17, 18, 19, 20 March are six working days → not yet.
  assert.equal(dueState(due, new Date('2026-03-12T10:00:00Z'), options).level, 'on-time');
  // From Friday 13 March: 16–20 March are five working days → remind.
  assert.equal(dueState(due, new Date('2026-03-13T10:00:00Z'), options).level, 'due-soon');
  assert.equal(dueState(due, new Date('2026-03-13T10:00:00Z'), { reminderWorkingDays: 0 }).level, 'on-time');
});

test('overdue once the end of the due day has passed', () => {
  assert.deepEqual(dueState(due, new Date('2026-03-20T23:00:00Z'), options), { level: 'overdue', daysLeft: -1 });
  assert.deepEqual(dueState(due, new Date('2026-03-25T10:00:00Z'), options), { level: 'overdue', daysLeft: -5 });
});

test('public holidays are not working days (Good Friday and Easter Monday 2026)', () => {
  const afterEaster = new Date('2026-04-08T21:59:59.999Z'); // Wednesday 8 April
  // From Wednesday 1 April: 2 April, 7 April, 8 April are the working days left (3, 6 April are holidays).
  assert.equal(dueState(afterEaster, new Date('2026-04-01T10:00:00Z'), { reminderWorkingDays: 3 }).level, 'due-soon');
  assert.equal(dueState(afterEaster, new Date('2026-03-31T10:00:00Z'), { reminderWorkingDays: 3 }).level, 'on-time');
});
