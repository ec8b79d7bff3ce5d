// A case handler sends a failed delivery again (issue 5): after the cause is mended (the person
// has an address in the register now, the catalog or the keys were fixed), the delivery is pending
// again with its fallback time from now and a new job, and the timeline says who asked. The channel
// is chosen anew: a mailbox send of unknown outcome is forgotten, because a person has decided
// (the operator answered that it holds nothing, or the case handler knows better).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { lockDelivery, updateDelivery } from '../../stores/delivery-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { enqueueDeliveryJob } from './schedule-delivery.ts';

export async function resendDelivery(
  deps: { readonly db: Kysely<Database>; readonly clock: () => Date },
  input: { readonly requestId: string; readonly deliveryId: string; readonly actor: string },
): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const delivery = await lockDelivery(trx, input.deliveryId);
    if (!delivery || delivery.requestId !== input.requestId) throw new InsynError('NOT_FOUND', 'no such delivery');
    if (delivery.status !== 'failed') throw new InsynError('VALIDATION_FAILED', 'delivery: only a failed delivery is sent again');
    await updateDelivery(trx, delivery.id, { status: 'pending', lastErrorCode: null, reason: null, mailboxAddress: null, fallbackFrom: at, at });
    await appendRequestEvent(trx, { requestId: input.requestId, at, actor: input.actor, kind: 'delivery-resent', detail: { delivery: delivery.id } });
    await enqueueDeliveryJob(trx, delivery.id, `deliver:${delivery.id}:resend:${at.toISOString()}`);
  });
}
