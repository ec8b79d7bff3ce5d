// The hash that chains processing-log events: sha256 over the previous event's hash and a
// canonical serialisation of every stored field of the event, its id included.
import { createHash } from 'node:crypto';
import type { SealedEvent } from './processing-event.ts';

/** prev_hash of the first event in every chain. */
export const GENESIS_HASH = '0'.repeat(64);

const FORMAT = 'insyn-processing-event/v1';

/** One JSON array in a fixed order; detail keys sorted so the jsonb round trip cannot change it. */
export function canonicalEvent(event: SealedEvent): string {
  const detail = Object.keys(event.detail).sort().map((key) => [key, event.detail[key]]);
  return JSON.stringify([
    FORMAT, event.id, event.chain, event.seq, event.occurredAt.toISOString(),
    event.actor, event.purpose, event.legalBasis, event.kind, event.subjectKey,
    event.datasets, event.fields, event.stepId, event.outcomeOf, event.outcome, detail,
  ]);
}

export function hashEvent(prevHash: string, event: SealedEvent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEvent(event)).digest('hex');
}
