// The post way of a delivery (R27, R28): one print file per envelope, to the population-register
// address or through Skatteverket's forwarding, staged for the next print batch.
import { outboxDocumentOutline } from '../../documents/outbox-document.ts';
import { postalChoice, type DeliveryReason } from '../../domain/delivery-choice.ts';
import { renderPrintFile, SKATTEVERKET_FORWARDING_ADDRESS, type PrintItemInput } from '../../delivery/post/print-file.ts';
import { stagePrintFile } from '../../delivery/post/print-batch.ts';
import type { RegisterEntry } from './population-register.ts';
import { DELIVERY_ACTOR, type DeliveryDependencies, type DeliveryOutcome, type Sending, openDocument } from './delivery-sending.ts';
import { recordSent, recordState } from './delivery-records.ts';

export function senderAddress(deps: DeliveryDependencies, language: 'sv' | 'en'): PrintItemInput['sender'] {
  const { controller } = deps.catalog;
  return { name: controller.name[language], postalAddress: (controller.contact.postalAddress ?? '').split(',').map((part) => part.trim()).filter(Boolean) };
}

export async function printForPost(
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

/** Post by the route the person's protection allows (looked up now if not yet), or failed when there is no address. */
export async function post(
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
