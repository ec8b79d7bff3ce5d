import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveChainHashKeys } from './chain-hash-keys.ts';
import { canonicalEvent, GENESIS_HASH, hashEvent } from './event-hash.ts';
import type { SealedEvent } from './processing-event.ts';

const keys = deriveChainHashKeys('a-chain-hash-test-secret-of-32-characters');

const event: SealedEvent = {
  keyVersion: 1, id: 7, chain: '2025-03:-', seq: 1, occurredAt: new Date('2025-03-01T10:00:00.123Z'),
  actor: 'handler:anna', purpose: 'p', legalBasis: 'b', kind: 'read', subjectKey: null,
  datasets: ['payments.payouts'], fields: ['amount'], stepId: null, outcomeOf: null, outcome: null,
  detail: { b: 2, a: 'x' },
};

test('the canonical form is independent of detail key order (jsonb reorders keys)', () => {
  assert.equal(canonicalEvent({ ...event, detail: { a: 'x', b: 2 } }), canonicalEvent(event));
  assert.match(canonicalEvent(event), /"2025-03-01T10:00:00.123Z"/);
});

test('every stored field, the id, the key version and the previous hash change the hash', () => {
  const base = hashEvent(keys, GENESIS_HASH, event);
  assert.match(base ?? '', /^[0-9a-f]{64}$/);
  const variants: Partial<SealedEvent>[] = [
    { id: 8 }, { chain: '2025-03:a' }, { seq: 2 }, { occurredAt: new Date('2025-03-01T10:00:00.124Z') },
    { actor: 'x' }, { purpose: 'x' }, { legalBasis: 'x' }, { kind: 'print' }, { subjectKey: 'f'.repeat(64) },
    { datasets: ['payments.other'] }, { fields: ['amount', 'date'] }, { stepId: 's' }, { outcomeOf: 1, outcome: 'success' },
    { detail: { a: 'y', b: 2 } },
  ];
  for (const variant of variants) assert.notEqual(hashEvent(keys, GENESIS_HASH, { ...event, ...variant }), base, JSON.stringify(variant));
  assert.notEqual(hashEvent(keys, '1'.repeat(64), event), base);
});

test('the hash is keyed: another secret gives another hash, and an unknown key version none', () => {
  const base = hashEvent(keys, GENESIS_HASH, event);
  assert.equal(hashEvent(deriveChainHashKeys('a-chain-hash-test-secret-of-32-characters'), GENESIS_HASH, event), base);
  assert.notEqual(hashEvent(deriveChainHashKeys('another-chain-hash-secret-of-32-characters'), GENESIS_HASH, event), base);
  assert.equal(hashEvent(keys, GENESIS_HASH, { ...event, keyVersion: 0 }), undefined);
  assert.equal(hashEvent(keys, GENESIS_HASH, { ...event, keyVersion: 2 }), undefined);
  assert.throws(() => deriveChainHashKeys('short'), TypeError);
});
