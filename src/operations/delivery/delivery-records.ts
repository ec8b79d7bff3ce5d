// How a delivery's progress is written: its end (state, letters, timeline entry and the disclosure in
// the processing log, in one transaction under the delivery's lock), a retry or failure, and the
// mark of a mailbox send that is out (written before anything is sent, so that no run posts too).
import type { ProcessingEventInput } from '../../audit/processing-event.ts';
import type { DeliveryReason } from '../../domain/delivery-choice.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { insertPrintItem, lockDelivery, updateDelivery, type DeliveryChannel, type DeliveryRecord } from '../../stores/delivery-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { rightsEvent } from '../requests/move-request.ts';
import { DELIVERY_ACTOR, type DeliveryDependencies, type Sending } from './delivery-sending.ts';

export interface SentAs {
  readonly channel: DeliveryChannel;
  readonly reason: DeliveryReason;
  readonly route?: 'direct' | 'forwarding';
  readonly operator?: string;
  readonly transId?: string;
  /** The mailbox service failed or refused: the request gets an alert beside the entry. */
  readonly alert?: string;
  readonly print?: { pages: number; sheets: number; sha256: string };
  /** Where the postal address came from (R27): the register's dataset. */
  readonly addressSource?: string;
}

/** The delivery's end in one transaction: state, letters, timeline, disclosure. */
export async function recordSent(deps: DeliveryDependencies, sending: Sending, sent: SentAs): Promise<'sent' | 'done-before'> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, sending.delivery.id);
    if (!current || current.status === 'sent' || current.status === 'failed') return 'done-before';
    // Another run has a mailbox send out (or one of unknown outcome): post now could be a second letter.
    if (sent.channel === 'post' && current.mailboxAddress !== null) {
      throw new InsynError('MAILBOX_UNCONFIRMED', `delivery ${current.id}: a mailbox send is out; it is asked again instead`);
    }
    if (sent.print && sent.route) {
      await insertPrintItem(trx, { deliveryId: current.id, route: sent.route, ...sent.print, at });
    }
    await updateDelivery(trx, current.id, {
      status: 'sent', channel: sent.channel, route: sent.route ?? null, reason: sent.reason, operator: sent.operator ?? null,
      transId: sent.transId ?? null, lastErrorCode: sent.alert ?? null, attempts: current.attempts + 1, sentAt: at, recipient: sending.recipient.kind,
      addressSource: sent.addressSource ?? null, at,
    });
    const detail = {
      delivery: current.id, channel: sent.channel, reason: sent.reason, letters: sending.letters.length, recipient: sending.recipient.kind,
      ...(sent.route ? { route: sent.route } : {}), ...(sent.operator ? { operator: sent.operator } : {}),
    };
    if (sent.alert) {
      await appendRequestEvent(trx, { requestId: sending.request.id, at, actor: DELIVERY_ACTOR, kind: 'delivery-alert', detail: { delivery: current.id, code: sent.alert } });
    }
    await appendRequestEvent(trx, { requestId: sending.request.id, at, actor: DELIVERY_ACTOR, kind: 'delivered', detail });
    await deps.processingLog.appendInTransaction(trx, [disclosure(deps, sending, detail)]);
    return 'sent';
  });
}

export function disclosure(deps: DeliveryDependencies, sending: Sending, detail: Readonly<Record<string, string | number>>): ProcessingEventInput {
  return rightsEvent(deps.catalog, {
    actor: DELIVERY_ACTOR, kind: 'disclose', subjectKey: sending.request.subjectKey, datasets: [], fields: [], stepId: sending.request.id,
    detail: { ...detail, letterKinds: sending.letters.map((letter) => letter.kind).join(',') },
  });
}

export interface StateChange {
  readonly status: 'failed' | 'pending';
  readonly reason?: DeliveryReason;
  readonly code?: string;
  readonly event?: string;
}

export async function recordState(deps: DeliveryDependencies, delivery: DeliveryRecord, state: StateChange): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, delivery.id);
    if (!current || current.status === 'sent' || current.status === 'failed') return;
    const changed = current.status !== state.status || current.lastErrorCode !== (state.code ?? null);
    await updateDelivery(trx, delivery.id, {
      status: state.status, reason: state.reason ?? current.reason, lastErrorCode: state.code ?? null, attempts: current.attempts + 1, at,
    });
    if (changed && state.event) {
      await appendRequestEvent(trx, {
        requestId: delivery.requestId, at, actor: DELIVERY_ACTOR, kind: state.event,
        detail: { delivery: delivery.id, ...(state.reason ? { reason: state.reason } : {}), ...(state.code ? { code: state.code } : {}) },
      });
    }
  });
}

/**
 * Writes, under the delivery's lock and before anything is sent, where the mailbox send goes: from
 * then on every run sends only this message to this operator (or stops when it is done). False
 * when the delivery ended meanwhile (another run sent it).
 */
export async function recordSendIntent(deps: DeliveryDependencies, delivery: DeliveryRecord, operator: { name: string; serviceAddress: string }): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, delivery.id);
    if (!current || current.status === 'sent' || current.status === 'failed') return false;
    if (current.mailboxAddress === null) {
      await updateDelivery(trx, delivery.id, { mailboxAddress: operator.serviceAddress, operator: operator.name, at: deps.clock() });
    }
    return true;
  });
}

/** A first send that certainly reached nothing: the delivery is free to go another way again. */
export async function clearSendIntent(deps: DeliveryDependencies, delivery: DeliveryRecord, code: string | null): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, delivery.id);
    if (!current || current.status !== 'pending') return;
    await updateDelivery(trx, delivery.id, { mailboxAddress: null, lastErrorCode: code, attempts: current.attempts + 1, at: deps.clock() });
  });
}
