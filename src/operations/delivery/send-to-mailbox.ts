// The mailbox way of a delivery (R26): the letters as one signed and sealed Mina meddelanden message,
// sent to the operator the register named; post when the operator refuses or holds no mailbox.
import { renderPdf } from '../../documents/pdf/write-pdf.ts';
import { documentFileStems, outboxDocumentOutline } from '../../documents/outbox-document.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import type { JobContext } from '../../engine/job-definition.ts';
import type { MailboxKeys } from '../../delivery/mailbox/mailbox-keys.ts';
import { senderOrgNumber, type MailboxReceipt } from '../../delivery/mailbox/mailbox-client.ts';
import { sealedMailboxMessage } from '../../delivery/mailbox/mailbox-message.ts';
import type { RegisterEntry } from './population-register.ts';
import { type DeliveryDependencies, type DeliveryOutcome, type Sending, openDocument } from './delivery-sending.ts';
import { recordSent, recordState, recordSendIntent, clearSendIntent } from './delivery-records.ts';
import { post } from './send-by-post.ts';

/** The sealed message of the delivery's letters; local work only (rendering, signing, sealing). */
export async function buildMailboxMessage(deps: DeliveryDependencies, sending: Sending, keys: MailboxKeys): Promise<string> {
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


/**
 * The mailbox way. Where the send goes is written before it is sent, and the message id is the
 * delivery's: any later run sends the same message to the same operator, which keeps one. A
 * refusal, `delivered: false` or a message that cannot be built goes by post on a first send; a
 * first send that certainly reached nothing is retried until the fallback time, then post; any
 * unknown outcome keeps the delivery to this operator (never post: the letter would come twice).
 * A refusal of a send again (the operator may hold the first) fails the delivery for a case handler.
 */
export async function toMailbox(
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
