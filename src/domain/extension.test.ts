import assert from 'node:assert/strict';
import test from 'node:test';
import { currentDeadline, extensionRefusal, swedishDaysBetween } from './extension.ts';
import { responseDeadline } from './response-deadline.ts';

const received = new Date('2026-01-31T10:00:00Z');

test('unpaused and unextended, the deadline is the 1182/71 one', () => {
  assert.equal(currentDeadline(received, { extended: false, pausedDays: 0 }).toISOString(), responseDeadline(received).toISOString());
  // 28 February 2026 is a Saturday: Monday 2 March.
  assert.equal(currentDeadline(received, { extended: false, pausedDays: 0 }).toISOString(), '2026-03-02T22:59:59.999Z');
});

test('paused days are added to the period\'s own end before it is moved off a weekend', () => {
  // Period end Saturday 28 February + 2 days = Monday 2 March (not Monday + 2 = Wednesday 4 March).
  assert.equal(currentDeadline(received, { extended: false, pausedDays: 2 }).toISOString(), '2026-03-02T22:59:59.999Z');
  // + 3 days = Tuesday 3 March.
  assert.equal(currentDeadline(received, { extended: false, pausedDays: 3 }).toISOString(), '2026-03-03T22:59:59.999Z');
});

test('an extended deadline is three months from receipt, with the pause on top', () => {
  // 30 April 2026 (Thursday); + 1 day = 1 May, a holiday: Monday 4 May.
  assert.equal(currentDeadline(received, { extended: true, pausedDays: 0 }).toISOString(), '2026-04-30T21:59:59.999Z');
  assert.equal(currentDeadline(received, { extended: true, pausedDays: 1 }).toISOString(), '2026-05-04T21:59:59.999Z');
});

test('an extension needs reasons and the first month, once', () => {
  const base = { receivedAt: received, originalDueAt: new Date('2026-03-02T22:59:59.999Z'), dueAt: new Date('2026-03-02T22:59:59.999Z'), extendedAt: null };
  assert.equal(extensionRefusal({ ...base, reasons: 'Omfattande begäran i många system.', at: new Date('2026-02-20T10:00:00Z') }), undefined);
  assert.equal(extensionRefusal({ ...base, reasons: 'kort', at: new Date('2026-02-20T10:00:00Z') }), 'reasons-missing');
  assert.equal(extensionRefusal({ ...base, reasons: 'Omfattande begäran i många system.', at: new Date('2026-03-03T08:00:00Z') }), 'first-month-over');
  assert.equal(extensionRefusal({ ...base, extendedAt: new Date('2026-02-10T10:00:00Z'), reasons: 'Omfattande begäran.', at: new Date('2026-02-20T10:00:00Z') }), 'already-extended');
});

test('days between are Swedish calendar days', () => {
  // 23:30 UTC on 1 March is already 2 March in Sweden (UTC+1).
  assert.equal(swedishDaysBetween(new Date('2026-03-01T23:30:00Z'), new Date('2026-03-02T08:00:00Z')), 0);
  assert.equal(swedishDaysBetween(new Date('2026-03-01T10:00:00Z'), new Date('2026-03-08T10:00:00Z')), 7);
});
