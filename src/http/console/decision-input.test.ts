import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readDecision } from './decision-input.ts';

const granted = { items: '1', 'item-0-description': 'Rättelse av adressen', 'item-0-outcome': 'granted' };
const fieldsOf = (result: ReturnType<typeof readDecision>) => ('errors' in result ? result.errors.map((error) => error.field) : []);

test('a granted item needs no reasons or ground; wholly blank extra items are skipped', () => {
  const result = readDecision({ ...granted, items: '3', 'item-2-description': '' }, 'sv');
  assert.deepEqual(result, { value: { items: [{ description: 'Rättelse av adressen', outcome: 'granted', legalGrounds: [] }] } });
});

test('a refusal needs reasons and a legal ground, each problem linked to its field', () => {
  const result = readDecision({ ...granted, 'item-0-outcome': 'refused', 'item-0-reasons': 'Nej.' }, 'sv');
  assert.deepEqual(fieldsOf(result), ['item-0-reasons', 'item-0-grounds-0']);
  assert.ok('errors' in result && result.errors[0]!.message === 'Skriv skälen, minst 10 tecken.');
});

test('a ground chosen from the list or written by hand; the second item is numbered in its own fields', () => {
  const result = readDecision({
    ...granted, items: '2', 'item-1-description': 'Radering av utkastet', 'item-1-outcome': 'partly-granted',
    'item-1-reasons': 'Utkastet ingår i en pågående utredning.', 'item-1-grounds': ['dsl-5-2'], 'item-1-other-ground': '2 kap. 12 § TF',
  }, 'en');
  assert.ok('value' in result);
  assert.deepEqual(result.value.items[1]?.legalGrounds, ['dsl-5-2', '2 kap. 12 § TF']);
  const missing = readDecision({ ...granted, items: '2', 'item-1-description': 'Radering av utkastet', 'item-1-outcome': 'refused', 'item-1-reasons': 'Utkastet behövs.' }, 'en');
  assert.deepEqual(fieldsOf(missing), ['item-1-grounds-0']);
});

test('an item without an outcome, and a refusal of the whole request without a refused item or reasons', () => {
  assert.deepEqual(fieldsOf(readDecision({ items: '1', 'item-0-description': 'Något' }, 'sv')), ['item-0-outcome-0']);
  assert.deepEqual(fieldsOf(readDecision({ ...granted, refusalKind: 'excessive' }, 'sv')), ['decision-reasons', 'refusal-kind-0']);
  assert.deepEqual(fieldsOf(readDecision({ ...granted, refusalKind: 'nonsense' }, 'sv')), [], 'an unknown refusal kind is no refusal');
});
