import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsynError } from '../../../domain/error-catalogue.ts';
import { dpoPeriod } from './dpo-period.ts';

const now = new Date('2025-03-20T12:00:00Z');

test('a chosen period runs from the start of the first Swedish day to the start of the day after the last', () => {
  const period = dpoPeriod({ fran: '2025-01-01', till: '2025-03-31' }, now);
  assert.deepEqual(period, {
    fromDay: '2025-01-01', toDay: '2025-03-31',
    from: new Date('2024-12-31T23:00:00Z'), // midnight, winter time
    to: new Date('2025-03-31T22:00:00Z'),   // midnight on 1 April, summer time
  });
});

test('without a query: the current month and the eleven before it, up to today', () => {
  const period = dpoPeriod({}, now);
  assert.equal(period.fromDay, '2024-04-01');
  assert.equal(period.toDay, '2025-03-20');
  assert.equal(period.from.toISOString(), '2024-03-31T22:00:00.000Z');
  assert.equal(dpoPeriod({ fran: '', till: '' }, now).fromDay, '2024-04-01');
});

test('invalid days and reversed or too long periods are VALIDATION_FAILED naming the field', () => {
  const fails = (query: Record<string, unknown>, field: string) => assert.throws(() => dpoPeriod(query, now),
    (error) => isInsynError(error, 'VALIDATION_FAILED') && (error as { detail?: string }).detail === field);
  fails({ fran: '2025-02-30' }, 'fran');
  fails({ fran: '2025-1-1' }, 'fran');
  fails({ till: ['2025-01-01'] }, 'till');
  fails({ fran: '2025-03-02', till: '2025-03-01' }, 'till');
  fails({ fran: '2000-01-01', till: '2025-03-01' }, 'fran');
});
