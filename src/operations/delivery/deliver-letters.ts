// Sends one delivery (issue 5): the letters of a request reach the person, or the representative
// who made the request, through the secure digital mailbox if they have one, otherwise by post to
// the population-register address, or for a protected person through Skatteverket's forwarding.
//
// A durable job runs this; every attempt decides anew from fresh lookups (the register and the
// mailbox register are asked at send time, never cached). A mailbox send is a memoised step and
// the message id is the delivery id, so a retry after a lost answer is the same message and the
// operator keeps one. Nothing personal is stored in job steps, timeline or logs: the choice, its
// reason and the receipt are. Sending writes, in one transaction, the delivery's state, its
// letters' status, the timeline entry and the disclosure in the processing log.
import { chooseChannel, type ChannelChoice, type Reachability } from '../../domain/delivery-choice.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../domain/personnummer.ts';
import type { JobContext } from '../../engine/job-definition.ts';
import { deliveryLetters, findDelivery, lockDelivery, updateDelivery, type DeliveryRecord } from '../../stores/delivery-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { findRequest, lockRequestRecord, type RequestRecord } from '../../stores/request-store.ts';
import { DELIVERY_ACTOR, type DeliveryDependencies, type DeliveryOutcome, type Recipient, type Sending } from './delivery-sending.ts';
import { recordState } from './delivery-records.ts';
import { post } from './send-by-post.ts';
import { toMailbox } from './send-to-mailbox.ts';

export { DELIVERY_ACTOR, type DeliveryDependencies, type DeliveryOutcome } from './delivery-sending.ts';

/** Who receives the letters: the representative who made the request, else the person. */
function recipientOf(deps: DeliveryDependencies, request: RequestRecord): Recipient | undefined {
  if (request.requesterKind !== 'self' && request.requesterSealed) {
    const { identityNumber } = deps.contentSealer.openJson<{ identityNumber?: string }>(request.requesterSealed, `${request.id}/requester`);
    if (identityNumber) return { identity: parseIdentityNumber(identityNumber), kind: 'representative' };
  }
  if (request.subjectSealed === null) return undefined;
  return { identity: parseIdentityNumber(deps.sealer.open(request.subjectSealed)), kind: 'subject' };
}


async function lookUpMailbox(deps: DeliveryDependencies, request: RequestRecord, recipient: Recipient): Promise<Reachability | undefined> {
  if (request.answerFormat === 'paper') return undefined;
  if (!deps.mailbox) return { kind: 'no-mailbox' };
  return deps.mailbox.service.reachability(recipient.identity.normalized);
}

/**
 * Holds the delivery until the person is identified, unless a match committed meanwhile (the
 * request's row lock orders the two: matching releases held deliveries under it). False: go on.
 */
async function hold(deps: DeliveryDependencies, delivery: DeliveryRecord): Promise<boolean> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, delivery.requestId);
    if (request?.subjectSealed) return false;
    const current = await lockDelivery(trx, delivery.id);
    if (!current || current.status !== 'pending') return true;
    await updateDelivery(trx, delivery.id, { status: 'held', reason: 'awaiting-identity', attempts: current.attempts + 1, at });
    await appendRequestEvent(trx, { requestId: delivery.requestId, at, actor: DELIVERY_ACTOR, kind: 'delivery-held', detail: { delivery: delivery.id, reason: 'awaiting-identity' } });
    return true;
  });
}

/**
 * One attempt at the delivery. Resolves when it is sent, held (no identified person yet) or failed
 * for good (nowhere to send); throws MAILBOX_UNAVAILABLE or MAILBOX_UNCONFIRMED when the job
 * should try again later.
 */
export async function deliverLetters(deps: DeliveryDependencies, deliveryId: string, step: JobContext['step']): Promise<DeliveryOutcome> {
  const delivery = await findDelivery(deps.db, deliveryId);
  if (!delivery) throw new InsynError('NOT_FOUND', `delivery ${deliveryId}`);
  if (delivery.status === 'sent' || delivery.status === 'failed') return 'done-before';
  // Held until the person is identified: matching releases it with a job of its own.
  if (delivery.status === 'held') return 'held';
  let request = await findRequest(deps.db, delivery.requestId);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', `delivery ${deliveryId}`);
  let recipient = recipientOf(deps, request);
  if (!recipient) {
    if (await hold(deps, delivery)) return 'held';
    request = (await findRequest(deps.db, delivery.requestId))!;
    recipient = recipientOf(deps, request);
    if (!recipient) throw new InsynError('REQUEST_NOT_MATCHED', `delivery ${deliveryId}`);
  }
  const letters = await deliveryLetters(deps.db, deliveryId);
  if (letters.length === 0) {
    await recordState(deps, delivery, { status: 'failed', code: 'VALIDATION_FAILED', event: 'delivery-failed' });
    return 'failed';
  }
  const sending: Sending = { delivery, request, recipient, letters, language: letters[0]!.language };
  // A send whose outcome is unknown: the operator may hold the message, so only it is asked again.
  if (delivery.mailboxAddress) {
    return toMailbox(deps, sending, { name: delivery.operator ?? '', serviceAddress: delivery.mailboxAddress }, step, { resend: true, fallbackDue: false });
  }
  const entry = await deps.register.lookUp(recipient.identity, { actor: DELIVERY_ACTOR, stepId: request.id });
  const fallbackDue = deps.clock().getTime() - delivery.fallbackFrom.getTime() >= deps.fallbackAfterMs;
  const choice: ChannelChoice = chooseChannel({
    answerFormat: request.answerFormat, protection: entry.protection, hasAddress: entry.address !== undefined,
    reachability: await lookUpMailbox(deps, request, recipient), fallbackDue,
  });
  switch (choice.channel) {
    case 'retry':
      await recordState(deps, delivery, { status: 'pending', code: 'MAILBOX_UNAVAILABLE', event: 'delivery-retry' });
      throw new InsynError('MAILBOX_UNAVAILABLE', `delivery ${deliveryId}`);
    case 'none':
      await recordState(deps, delivery, { status: 'failed', reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE', event: 'delivery-failed' });
      return 'failed';
    case 'mailbox':
      return toMailbox(deps, sending, choice.operator, step, { resend: false, fallbackDue, entry });
    case 'post':
      // R25: post because the mailbox service could not be asked is sent with an alert.
      return post(deps, sending, choice.reason, choice.reason === 'mailbox-unavailable' ? 'MAILBOX_UNAVAILABLE' : undefined, entry);
  }
}
