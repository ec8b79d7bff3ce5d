// The hash that chains processing-log events: HMAC-SHA256, under the chain-hash key of the
// event's key version, over the previous event's hash and a canonical serialisation of every
// stored field of the event, its id and key version included.
import { createHmac } from 'node:crypto';
import type { ChainHashKeys } from './chain-hash-keys.ts';
import type { SealedEvent } from './processing-event.ts';

/** prev_hash of the first event in every chain. */
export const GENESIS_HASH = '0'.repeat(64);

const FORMAT = 'insyn-processing-event/v2';

/** One JSON array in a fixed order; detail keys sorted so the jsonb round trip cannot change it. */
export function canonicalEvent(event: SealedEvent): string {
  const detail = Object.keys(event.detail).sort().map((key) => [key, event.detail[key]]);
  return JSON.stringify([
    FORMAT, event.keyVersion, event.id, event.chain, event.seq, event.occurredAt.toISOString(),
    event.actor, event.purpose, event.legalBasis, event.kind, event.subjectKey,
    event.datasets, event.fields, event.stepId, event.outcomeOf, event.outcome, detail,
  ]);
}

/** The event's hash, or undefined when `keys` lacks the event's key version (nothing can match it). */
export function hashEvent(keys: ChainHashKeys, prevHash: string, event: SealedEvent): string | undefined {
  const key = keys.key(event.keyVersion);
  if (!key) return undefined;
  return createHmac('sha256', key).update(prevHash).update('\n').update(canonicalEvent(event)).digest('hex');
}
