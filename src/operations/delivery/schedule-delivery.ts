// Puts letters on their way: a delivery row carrying them and the durable job that sends it,
// written in the caller's transaction, so that the letters and their sending commit together.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { insertDelivery } from '../../stores/delivery-store.ts';

export const DELIVERY_JOB = 'delivery.send';
/** Enough for the fallback time at the backoff's cap (10 minutes) many times over. */
export const DELIVERY_MAX_ATTEMPTS = 1000;

export async function scheduleDelivery(
  trx: Kysely<Database>, input: { readonly requestId: string; readonly letterIds: readonly string[]; readonly at: Date },
): Promise<string> {
  const id = randomUUID();
  await insertDelivery(trx, { id, requestId: input.requestId, recipient: 'subject', letterIds: input.letterIds, at: input.at });
  await enqueueDeliveryJob(trx, id, `deliver:${id}`);
  return id;
}

/** The job of a delivery; a new key sends a held delivery again (after the person was identified). */
export async function enqueueDeliveryJob(trx: Kysely<Database>, deliveryId: string, idempotencyKey: string): Promise<void> {
  await enqueueJob(trx, { kind: DELIVERY_JOB, version: 1, payload: { deliveryId }, idempotencyKey, maxAttempts: DELIVERY_MAX_ATTEMPTS });
}
