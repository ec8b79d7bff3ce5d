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
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { ProcessingEventInput } from '../../audit/processing-event.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { renderPdf } from '../../documents/pdf/write-pdf.ts';
import { documentFileStems, outboxDocumentOutline, type OutboxDocument } from '../../documents/outbox-document.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import { chooseChannel, postalChoice, type ChannelChoice, type DeliveryReason, type Reachability } from '../../domain/delivery-choice.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import type { JobContext } from '../../engine/job-definition.ts';
import type { MailboxKeys } from '../../delivery/mailbox/mailbox-keys.ts';
import { senderOrgNumber, type MailboxReceipt, type MailboxService } from '../../delivery/mailbox/mailbox-client.ts';
import { sealedMailboxMessage } from '../../delivery/mailbox/mailbox-message.ts';
import { renderPrintFile, SKATTEVERKET_FORWARDING_ADDRESS, type PrintItemInput } from '../../delivery/post/print-file.ts';
import { stagePrintFile } from '../../delivery/post/print-batch.ts';
import {
  deliveryLetters, findDelivery, insertPrintItem, lockDelivery, updateDelivery, type DeliveryChannel, type DeliveryLetter, type DeliveryRecord,
} from '../../stores/delivery-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { findRequest, lockRequestRecord, type RequestRecord } from '../../stores/request-store.ts';
import { rightsEvent, type TransitionLogPort } from '../requests/move-request.ts';
import type { PopulationRegister, RegisterEntry } from './population-register.ts';

export const DELIVERY_ACTOR = 'insyn-delivery';

export interface DeliveryDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly processingLog: TransitionLogPort;
  readonly sealer: SubjectSealer;
  readonly contentSealer: ContentSealer;
  readonly clock: () => Date;
  readonly register: PopulationRegister;
  /** The digital-mailbox service and the keys that sign and seal; undefined: every letter goes by post. */
  readonly mailbox: { readonly service: MailboxService; readonly keys: () => MailboxKeys } | undefined;
  readonly printDir: string;
  /** After this long without the mailbox service taking a letter, it goes by post. */
  readonly fallbackAfterMs: number;
}

export type DeliveryOutcome = 'sent' | 'held' | 'failed' | 'done-before';

interface Recipient {
  readonly identity: IdentityNumber;
  readonly kind: 'subject' | 'representative';
}

/** Who receives the letters: the representative who made the request, else the person. */
function recipientOf(deps: DeliveryDependencies, request: RequestRecord): Recipient | undefined {
  if (request.requesterKind !== 'self' && request.requesterSealed) {
    const { identityNumber } = deps.contentSealer.openJson<{ identityNumber?: string }>(request.requesterSealed, `${request.id}/requester`);
    if (identityNumber) return { identity: parseIdentityNumber(identityNumber), kind: 'representative' };
  }
  if (request.subjectSealed === null) return undefined;
  return { identity: parseIdentityNumber(deps.sealer.open(request.subjectSealed)), kind: 'subject' };
}

function openDocument(deps: DeliveryDependencies, letter: DeliveryLetter): OutboxDocument {
  return letter.kind === 'extract'
    ? { kind: 'extract', model: deps.contentSealer.openJson<ExtractModel>(letter.contentSealed, letter.id) }
    : { kind: 'letter', model: deps.contentSealer.openJson<LetterModel>(letter.contentSealed, letter.id) };
}

interface Sending {
  readonly delivery: DeliveryRecord;
  readonly request: RequestRecord;
  readonly recipient: Recipient;
  readonly letters: readonly DeliveryLetter[];
  readonly language: 'sv' | 'en';
}

/** The sealed message of the delivery's letters; local work only (rendering, signing, sealing). */
async function buildMailboxMessage(deps: DeliveryDependencies, sending: Sending, keys: MailboxKeys): Promise<string> {
  const { controller } = deps.catalog;
  const documents = await Promise.all(sending.letters.map(async (letter) => ({
    kind: letter.kind,
    filename: `${documentFileStems[sending.language][letter.kind]}.pdf`,
    pdf: await renderPdf(outboxDocumentOutline(openDocument(deps, letter), controller)),
  })));
  return sealedMailboxMessage({
    deliveryId: sending.delivery.id, recipientId: sending.recipient.identity.normalized, language: sending.language,
    caseNumber: sending.request.caseNumber ?? '',
    sender: {
      orgNumber: senderOrgNumber(controller.organisationNumber), name: controller.name[sending.language],
      phone: controller.contact.phone ?? '', url: controller.contact.url ?? '', email: controller.contact.email ?? controller.dpo.email ?? '',
    },
    documents,
  }, keys, deps.clock());
}

function senderAddress(deps: DeliveryDependencies, language: 'sv' | 'en'): PrintItemInput['sender'] {
  const { controller } = deps.catalog;
  return { name: controller.name[language], postalAddress: (controller.contact.postalAddress ?? '').split(',').map((part) => part.trim()).filter(Boolean) };
}

async function printForPost(
  deps: DeliveryDependencies, sending: Sending, route: 'direct' | 'forwarding', entry: RegisterEntry,
): Promise<{ pages: number; sheets: number; sha256: string }> {
  const { controller } = deps.catalog;
  const printRoute: PrintItemInput['route'] = route === 'forwarding'
    ? { kind: 'forwarding', forwardingAddress: SKATTEVERKET_FORWARDING_ADDRESS, identityNumber: sending.recipient.identity.normalized }
    : { kind: 'direct', address: [entry.name ?? '', ...(entry.address ?? [])].filter((line) => line !== '') };
  const file = await renderPrintFile({
    id: sending.delivery.id, language: sending.language, createdAt: sending.delivery.createdAt.toISOString(),
    sender: senderAddress(deps, sending.language), caseNumber: sending.request.caseNumber ?? '', route: printRoute,
    documents: sending.letters.map((letter) => outboxDocumentOutline(openDocument(deps, letter), controller)),
  }, controller.name[sending.language]);
  await stagePrintFile(deps.printDir, sending.delivery.id, file.pdf);
  return { pages: file.pages, sheets: file.sheets, sha256: file.sha256 };
}

interface SentAs {
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
async function recordSent(deps: DeliveryDependencies, sending: Sending, sent: SentAs): Promise<'sent' | 'done-before'> {
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

function disclosure(deps: DeliveryDependencies, sending: Sending, detail: Readonly<Record<string, string | number>>): ProcessingEventInput {
  return rightsEvent(deps.catalog, {
    actor: DELIVERY_ACTOR, kind: 'disclose', subjectKey: sending.request.subjectKey, datasets: [], fields: [], stepId: sending.request.id,
    detail: { ...detail, letterKinds: sending.letters.map((letter) => letter.kind).join(',') },
  });
}

interface StateChange {
  readonly status: 'failed' | 'pending';
  readonly reason?: DeliveryReason;
  readonly code?: string;
  readonly event?: string;
}

async function recordState(deps: DeliveryDependencies, delivery: DeliveryRecord, state: StateChange): Promise<void> {
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
async function recordSendIntent(deps: DeliveryDependencies, delivery: DeliveryRecord, operator: { name: string; serviceAddress: string }): Promise<boolean> {
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
async function clearSendIntent(deps: DeliveryDependencies, delivery: DeliveryRecord, code: string | null): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, delivery.id);
    if (!current || current.status !== 'pending') return;
    await updateDelivery(trx, delivery.id, { mailboxAddress: null, lastErrorCode: code, attempts: current.attempts + 1, at: deps.clock() });
  });
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

/**
 * The mailbox way. Where the send goes is written before it is sent, and the message id is the
 * delivery's: any later run sends the same message to the same operator, which keeps one. A
 * refusal, `delivered: false` or a message that cannot be built goes by post on a first send; a
 * first send that certainly reached nothing is retried until the fallback time, then post; any
 * unknown outcome keeps the delivery to this operator (never post: the letter would come twice).
 * A refusal of a send again (the operator may hold the first) fails the delivery for a case handler.
 */
async function toMailbox(
  deps: DeliveryDependencies, sending: Sending, operator: { readonly name: string; readonly serviceAddress: string }, step: JobContext['step'],
  options: { readonly resend: boolean; readonly fallbackDue: boolean; readonly entry?: RegisterEntry },
): Promise<DeliveryOutcome> {
  const mailbox = deps.mailbox;
  if (!mailbox) throw new InsynError('MAILBOX_UNAVAILABLE', 'no mailbox service configured');
  let xml: string;
  try {
    xml = await buildMailboxMessage(deps, sending, mailbox.keys());
  } catch (error) {
    if (options.resend) throw error;
    return post(deps, sending, 'mailbox-not-delivered', isInsynError(error) ? error.code : 'INTERNAL', options.entry);
  }
  if (!await recordSendIntent(deps, sending.delivery, operator)) return 'done-before';
  let receipt: MailboxReceipt;
  try {
    receipt = await step(`mailbox:${sending.delivery.id}`, () => mailbox.service.deliver(operator.serviceAddress, xml));
  } catch (error) {
    if (!isInsynError(error)) throw error;
    if (error.code === 'MAILBOX_REJECTED') {
      if (!options.resend) {
        await clearSendIntent(deps, sending.delivery, error.code);
        return post(deps, sending, 'mailbox-not-delivered', 'MAILBOX_REJECTED', options.entry);
      }
      await recordState(deps, sending.delivery, { status: 'failed', reason: 'mailbox-not-delivered', code: error.code, event: 'delivery-failed' });
      return 'failed';
    }
    if (error.code === 'MAILBOX_UNAVAILABLE' && !options.resend) {
      await clearSendIntent(deps, sending.delivery, error.code);
      if (options.fallbackDue) return post(deps, sending, 'mailbox-unavailable', 'MAILBOX_UNAVAILABLE', options.entry);
      await recordState(deps, sending.delivery, { status: 'pending', code: error.code, event: 'delivery-retry' });
    } else {
      await recordState(deps, sending.delivery, { status: 'pending', code: 'MAILBOX_UNCONFIRMED', event: 'delivery-retry' });
    }
    throw error;
  }
  if (receipt.delivered) {
    return recordSent(deps, sending, { channel: 'mailbox', reason: 'mailbox-reachable', operator: operator.name, transId: receipt.transId });
  }
  if (options.resend) {
    // The operator says it holds nothing now, but an earlier send may have landed: a person decides.
    await recordState(deps, sending.delivery, { status: 'failed', reason: 'mailbox-not-delivered', code: 'MAILBOX_UNCONFIRMED', event: 'delivery-failed' });
    return 'failed';
  }
  await clearSendIntent(deps, sending.delivery, null);
  return post(deps, sending, 'mailbox-not-delivered', undefined, options.entry);
}

/** Post by the route the person's protection allows (looked up now if not yet), or failed when there is no address. */
async function post(
  deps: DeliveryDependencies, sending: Sending, reason: DeliveryReason, alert: string | undefined, known?: RegisterEntry,
): Promise<DeliveryOutcome> {
  const entry = known ?? await deps.register.lookUp(sending.recipient.identity, { actor: DELIVERY_ACTOR, stepId: sending.request.id });
  const postal = postalChoice({ protection: entry.protection, hasAddress: entry.address !== undefined }, reason);
  if (postal.channel !== 'post') {
    await recordState(deps, sending.delivery, { status: 'failed', reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE', event: 'delivery-failed' });
    return 'failed';
  }
  const print = await printForPost(deps, sending, postal.route, entry);
  return recordSent(deps, sending, {
    channel: 'post', route: postal.route, reason, print, ...(alert ? { alert } : {}),
    ...(postal.route === 'direct' ? { addressSource: entry.source } : {}),
  });
}
