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
import type { Kysely, Transaction } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { ProcessingEventInput } from '../../audit/processing-event.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { renderPdf } from '../../documents/pdf/write-pdf.ts';
import { documentFileStems, outboxDocumentOutline, type OutboxDocument } from '../../documents/outbox-document.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import { chooseChannel, type ChannelChoice, type DeliveryReason, type Reachability } from '../../domain/delivery-choice.ts';
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
import { findRequest, type RequestRecord } from '../../stores/request-store.ts';
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

async function sendToMailbox(deps: DeliveryDependencies, sending: Sending, serviceAddress: string): Promise<MailboxReceipt> {
  const mailbox = deps.mailbox;
  if (!mailbox) throw new InsynError('MAILBOX_UNAVAILABLE', 'no mailbox service configured');
  const { controller } = deps.catalog;
  const documents = await Promise.all(sending.letters.map(async (letter) => ({
    kind: letter.kind,
    filename: `${documentFileStems[sending.language][letter.kind]}.pdf`,
    pdf: await renderPdf(outboxDocumentOutline(openDocument(deps, letter), controller)),
  })));
  const xml = sealedMailboxMessage({
    deliveryId: sending.delivery.id, recipientId: sending.recipient.identity.normalized, language: sending.language,
    caseNumber: sending.request.caseNumber ?? '',
    sender: {
      orgNumber: senderOrgNumber(controller.organisationNumber), name: controller.name[sending.language],
      phone: controller.contact.phone ?? '', url: controller.contact.url ?? '', email: controller.contact.email ?? controller.dpo.email ?? '',
    },
    documents,
  }, mailbox.keys(), deps.clock());
  return mailbox.service.deliver(serviceAddress, xml);
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
}

/** The delivery's end in one transaction: state, letters, timeline, disclosure. */
async function recordSent(deps: DeliveryDependencies, sending: Sending, sent: SentAs): Promise<'sent' | 'done-before'> {
  const at = deps.clock();
  return deps.db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, sending.delivery.id);
    if (!current || current.status === 'sent' || current.status === 'failed') return 'done-before';
    if (sent.print && sent.route) {
      await insertPrintItem(trx, { deliveryId: current.id, route: sent.route, ...sent.print, at });
    }
    await updateDelivery(trx, current.id, {
      status: 'sent', channel: sent.channel, route: sent.route ?? null, reason: sent.reason, operator: sent.operator ?? null,
      transId: sent.transId ?? null, lastErrorCode: sent.alert ?? null, attempts: current.attempts + 1, sentAt: at, recipient: sending.recipient.kind, at,
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

async function recordState(
  deps: DeliveryDependencies, delivery: DeliveryRecord, state: { status: 'held' | 'failed' | 'pending'; reason?: DeliveryReason; code?: string; event?: string },
): Promise<void> {
  const at = deps.clock();
  await deps.db.transaction().execute(async (trx: Transaction<Database>) => {
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

/** After a mailbox send that did not end in the mailbox: post, with the reason. */
function fallbackReason(error: unknown): { reason: DeliveryReason; alert: string } {
  if (isInsynError(error, 'MAILBOX_REJECTED')) return { reason: 'mailbox-not-delivered', alert: 'MAILBOX_REJECTED' };
  return { reason: 'mailbox-unavailable', alert: 'MAILBOX_UNAVAILABLE' };
}

async function lookUpMailbox(deps: DeliveryDependencies, request: RequestRecord, recipient: Recipient): Promise<Reachability | undefined> {
  if (request.answerFormat === 'paper') return undefined;
  if (!deps.mailbox) return { kind: 'no-mailbox' };
  return deps.mailbox.service.reachability(recipient.identity.normalized);
}

/**
 * One attempt at the delivery. Resolves when it is sent, held (no identified person yet) or failed
 * for good (nowhere to send); throws MAILBOX_UNAVAILABLE when the job should try again later.
 */
export async function deliverLetters(deps: DeliveryDependencies, deliveryId: string, step: JobContext['step']): Promise<DeliveryOutcome> {
  const delivery = await findDelivery(deps.db, deliveryId);
  if (!delivery) throw new InsynError('NOT_FOUND', `delivery ${deliveryId}`);
  if (delivery.status === 'sent' || delivery.status === 'failed') return 'done-before';
  const request = await findRequest(deps.db, delivery.requestId);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', `delivery ${deliveryId}`);
  const recipient = recipientOf(deps, request);
  if (!recipient) {
    await recordState(deps, delivery, { status: 'held', reason: 'awaiting-identity', event: 'delivery-held' });
    return 'held';
  }
  const letters = await deliveryLetters(deps.db, deliveryId);
  const sending: Sending = { delivery, request, recipient, letters, language: letters[0]?.language ?? request.language };
  const entry = await deps.register.lookUp(recipient.identity, { actor: DELIVERY_ACTOR, stepId: request.id });
  const fallbackDue = deps.clock().getTime() - delivery.createdAt.getTime() >= deps.fallbackAfterMs;
  const choice: ChannelChoice = chooseChannel({
    answerFormat: request.answerFormat, protection: entry.protection, hasAddress: entry.address !== undefined,
    reachability: await lookUpMailbox(deps, request, recipient), fallbackDue,
  });
  if (choice.channel === 'retry') {
    await recordState(deps, delivery, { status: 'pending', code: 'MAILBOX_UNAVAILABLE', event: 'delivery-retry' });
    throw new InsynError('MAILBOX_UNAVAILABLE', `delivery ${deliveryId}`);
  }
  if (choice.channel === 'none') {
    await recordState(deps, delivery, { status: 'failed', reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE', event: 'delivery-failed' });
    return 'failed';
  }
  if (choice.channel === 'mailbox') {
    try {
      const receipt = await step(`mailbox:${deliveryId}`, () => sendToMailbox(deps, sending, choice.operator.serviceAddress));
      if (receipt.delivered) {
        return recordSent(deps, sending, { channel: 'mailbox', reason: choice.reason, operator: choice.operator.name, transId: receipt.transId });
      }
      return post(deps, sending, entry, { channel: 'post', route: 'direct', reason: 'mailbox-not-delivered' });
    } catch (error) {
      const rejected = isInsynError(error, 'MAILBOX_REJECTED');
      if (!rejected && !(isInsynError(error, 'MAILBOX_UNAVAILABLE') && fallbackDue)) {
        if (isInsynError(error, 'MAILBOX_UNAVAILABLE')) await recordState(deps, delivery, { status: 'pending', code: 'MAILBOX_UNAVAILABLE', event: 'delivery-retry' });
        throw error;
      }
      const { reason, alert } = fallbackReason(error);
      return post(deps, sending, entry, { channel: 'post', route: 'direct', reason }, alert);
    }
  }
  return post(deps, sending, entry, choice);
}

async function post(
  deps: DeliveryDependencies, sending: Sending, entry: RegisterEntry, choice: Extract<ChannelChoice, { channel: 'post' }>, alert?: string,
): Promise<DeliveryOutcome> {
  // The route follows the person's protection, whatever path led here.
  const postal = chooseChannel({
    answerFormat: 'paper', protection: entry.protection, hasAddress: entry.address !== undefined, reachability: undefined, fallbackDue: true,
  });
  if (postal.channel !== 'post') {
    await recordState(deps, sending.delivery, { status: 'failed', reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE', event: 'delivery-failed' });
    return 'failed';
  }
  const print = await printForPost(deps, sending, postal.route, entry);
  return recordSent(deps, sending, { channel: 'post', route: postal.route, reason: choice.reason, print, ...(alert ? { alert } : {}) });
}
