import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertValidEvent, type ProcessingEventInput } from './processing-event.ts';

const valid: ProcessingEventInput = {
  actor: 'handler:anna', purpose: 'answer-data-subject-request', legalBasis: 'art6-1c', kind: 'read',
  subjectKey: 'ab'.repeat(32), datasets: ['case-management.cases'], fields: ['case_type', '_id', 'förnamn'],
  stepId: 'step-1', detail: { rows: 3, partial: false, note: 'page 1' },
};

test('a well-formed event passes', () => {
  assertValidEvent(valid);
  assertValidEvent({ ...valid, subjectKey: null, outcomeOf: 12, outcome: 'refused' });
});

test('the log refuses anything that could carry personal data in clear', () => {
  const bad: Partial<Record<keyof ProcessingEventInput, unknown>>[] = [
    { subjectKey: '198001011234' }, { subjectKey: 'AB'.repeat(32) },
    { fields: ['198001011234'] }, { fields: ['name = Anna'] }, { datasets: ['cases'] }, { datasets: ['1980.cases'] },
    { detail: { nested: { a: 1 } } }, { detail: { 'bad key': 1 } }, { detail: { n: Number.NaN } },
  ];
  for (const change of bad) assert.throws(() => assertValidEvent({ ...valid, ...change } as ProcessingEventInput), TypeError, JSON.stringify(change));
});

test('kind, outcome and text fields are checked', () => {
  const bad: Partial<Record<keyof ProcessingEventInput, unknown>>[] = [
    { kind: 'peek' }, { actor: '' }, { purpose: 'x'.repeat(201) }, { actor: 'a\u0000b' }, { actor: '\ud800' },
    { outcome: 'success' }, { outcomeOf: 3 }, { outcomeOf: 0, outcome: 'success' }, { outcomeOf: 3, outcome: 'maybe' },
  ];
  for (const change of bad) assert.throws(() => assertValidEvent({ ...valid, ...change } as ProcessingEventInput), TypeError, JSON.stringify(change));
});

test('detail numbers are safe integers: a fraction could change in jsonb unseen by the hash', () => {
  assertValidEvent({ ...valid, detail: { n: -(2 ** 53 - 1) } });
  for (const n of [1.5, 3.0000000000000004, 2 ** 53, Number.POSITIVE_INFINITY]) {
    assert.throws(() => assertValidEvent({ ...valid, detail: { n } }), TypeError, String(n));
  }
});
