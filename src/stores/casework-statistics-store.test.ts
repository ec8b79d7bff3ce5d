// The DPO's statistics on PGlite; test/integration/casework-statistics.test.ts runs the same on PostgreSQL.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { describeCaseworkStatistics } from '../../test/support/casework-statistics-behaviour.ts';
import { monthsOfPeriod } from './casework-statistics-store.ts';

describeCaseworkStatistics('PGlite', () => pgliteDatabase());

test('the months of a period are Swedish calendar months, the end exclusive', () => {
  // 1 November 2024 00:00 to 1 February 2025 00:00 in Stockholm.
  assert.deepEqual(monthsOfPeriod(new Date('2024-10-31T23:00:00Z'), new Date('2025-01-31T23:00:00Z')), ['2024-11', '2024-12', '2025-01']);
  assert.deepEqual(monthsOfPeriod(new Date('2025-03-31T22:00:00Z'), new Date('2025-03-31T22:00:00.001Z')), ['2025-04']);
});
