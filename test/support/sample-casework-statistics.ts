// Statistics as caseworkStatistics would return them for the first quarter of 2025, for the
// dashboard's views and browser tests.
import type { CaseworkStatistics } from '../../src/domain/casework-statistics.ts';

const none = { 'e-service': 0, letter: 0, phone: 0, visit: 0, email: 0, cli: 0 };

export function sampleCaseworkStatistics(change: Partial<CaseworkStatistics> = {}): CaseworkStatistics {
  return {
    from: new Date('2024-12-31T23:00:00Z'),
    to: new Date('2025-03-31T22:00:00Z'),
    now: new Date('2025-03-20T12:00:00Z'),
    received: 1234,
    byRight: { access: 1000, rectification: 120, completion: 14, erasure: 60, restriction: 25, objection: 15 },
    byChannel: { 'e-service': 1100, letter: 60, phone: 40, visit: 10, email: 24, cli: 0 },
    byRightAndChannel: {
      access: { ...none, 'e-service': 920, letter: 40, phone: 20, visit: 5, email: 15 },
      rectification: { ...none, 'e-service': 100, letter: 10, phone: 10 },
      completion: { ...none, 'e-service': 10, letter: 4 },
      erasure: { ...none, 'e-service': 40, letter: 6, phone: 10, email: 4 },
      restriction: { ...none, 'e-service': 20, visit: 5 },
      objection: { ...none, 'e-service': 10, email: 5 },
    },
    answered: 1180,
    medianDaysToAnswer: 7.5,
    overdueNow: 3,
    extensions: 2,
    perMonth: [
      { month: '2025-01', received: 400, answered: 380 },
      { month: '2025-02', received: 420, answered: 410 },
      { month: '2025-03', received: 414, answered: 390 },
    ],
    ...change,
  };
}
