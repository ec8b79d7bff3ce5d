// The request page's deliveries (issue 5): each delivery with the letters it carried, its state,
// the way it went in words (the mailbox operator, the population-register address or
// Skatteverket's forwarding; never an address), why, the operator's receipt, when it was sent and
// after how many attempts. A failed delivery, or one that went by post because digital post
// failed, is marked. Also the timeline's delivery entries in words.
import type { Language } from '../../request-language.ts';
import { DELIVERY_REASONS, type DeliveryReason } from '../../../domain/delivery-choice.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import type { CaseEvent, DeliveryView, LetterKind } from './case-types.ts';
import { deliveryText, type DeliveryText } from './delivery-text.ts';
import { formatDateTime } from './format-date-time.ts';
import type { RequestPageText } from './request-page-text.ts';
import { actionForm, type CaseFormContext } from './case-form-context.ts';

const isReason = (value: unknown): value is DeliveryReason => typeof value === 'string' && (DELIVERY_REASONS as readonly string[]).includes(value);
const FALLBACK_REASONS: readonly DeliveryReason[] = ['mailbox-not-delivered', 'mailbox-unavailable'];

/** The way in words: "Digital brevlåda (Kivra (demo))", "Post till folkbokföringsadressen", … */
export function deliveryWay(
  delivery: Pick<DeliveryView, 'channel' | 'route' | 'operator' | 'recipient'>, words: DeliveryText,
): string {
  let way = words.notChosen;
  if (delivery.channel === 'mailbox') way = words.mailbox(delivery.operator);
  else if (delivery.channel === 'post') way = delivery.route === 'forwarding' ? words.postForwarding : words.postDirect;
  return delivery.recipient === 'representative' && delivery.channel !== null ? `${way}, ${words.toRepresentative}` : way;
}

/** Sent by post because the digital mailbox failed or refused the letter. */
export function wentByPostInstead(delivery: DeliveryView): boolean {
  return delivery.status === 'sent' && delivery.channel === 'post'
    && ((delivery.reason !== null && FALLBACK_REASONS.includes(delivery.reason)) || delivery.lastErrorCode !== null);
}

function reasonCell(delivery: DeliveryView, words: DeliveryText): SafeHtml {
  const codeWords = delivery.lastErrorCode ? html`${words.errorCode} <code>${delivery.lastErrorCode}</code>` : null;
  const code = codeWords ? html` (${codeWords})` : '';
  if (delivery.reason === null) {
    if (delivery.status === 'pending' && delivery.lastErrorCode === 'MAILBOX_UNAVAILABLE') return html`${words.retrying}`;
    if (delivery.status === 'pending' && delivery.lastErrorCode === 'MAILBOX_UNCONFIRMED') return html`${words.unconfirmed}`;
    return codeWords ?? html`–`;
  }
  const reason = words.reasons[delivery.reason];
  if (wentByPostInstead(delivery)) {
    const suffix = FALLBACK_REASONS.includes(delivery.reason) ? ` – ${words.sentByPost}` : '';
    return html`<span class="badge badge-due-soon">${words.fallbackBadge}</span> ${reason}${suffix}${code}`;
  }
  return html`${reason}${code}`;
}

function stateBadge(delivery: DeliveryView, words: DeliveryText): SafeHtml {
  let kind = '';
  if (delivery.status === 'sent') kind = ' badge-done';
  else if (delivery.status === 'failed') kind = ' badge-overdue';
  else if (delivery.status === 'held' || delivery.lastErrorCode !== null) kind = ' badge-due-soon';
  return html`<span class="badge${kind}">${words.statuses[delivery.status]}</span>`;
}

/** A failed delivery's button to send it again (case handlers only). */
function resendButton(delivery: DeliveryView, letters: string, context: CaseFormContext | undefined): SafeHtml {
  if (!context || delivery.status !== 'failed') return html``;
  const words = context.text.resendDelivery;
  return actionForm(context, 'resend-delivery', html`<input type="hidden" name="delivery" value="${delivery.id}">
      <button type="submit" aria-label="${words.label(letters)}">${words.submit}</button>`, 'inline-form');
}

function deliveryRow(
  delivery: DeliveryView, kindOf: ReadonlyMap<string, LetterKind>, language: Language, text: RequestPageText, context: CaseFormContext | undefined,
): SafeHtml {
  const words = deliveryText[language];
  const letters = delivery.letterIds.map((id) => kindOf.get(id)).filter((kind) => kind !== undefined).map((kind) => text.letterKinds[kind]);
  const named = letters.length > 0 ? letters.join(', ') : '–';
  return html`<tr>
      <th scope="row">${named}</th>
      <td>${stateBadge(delivery, words)}${resendButton(delivery, named, context)}</td>
      <td>${deliveryWay(delivery, words)}</td>
      <td>${reasonCell(delivery, words)}</td>
      <td>${delivery.transId ? html`<code>${delivery.transId}</code>` : '–'}</td>
      <td>${delivery.sentAt ? formatDateTime(delivery.sentAt, language) : '–'}</td>
      <td class="number">${delivery.attempts}</td>
    </tr>`;
}

/** `context` (given to case handlers) adds the button that sends a failed delivery again. */
export function deliveriesSection(detail: StaffCaseDetail, language: Language, text: RequestPageText, context?: CaseFormContext): SafeHtml {
  const words = deliveryText[language];
  const kindOf = new Map(detail.letters.map((letter) => [letter.id, letter.kind]));
  const body = detail.deliveries.length === 0 ? html`<p>${words.none}</p>` : html`<div class="table-scroll" role="region" aria-labelledby="utskick-tabell" tabindex="0">
      <table class="data-table">
        <caption id="utskick-tabell">${words.caption}</caption>
        <thead><tr><th scope="col">${words.letters}</th><th scope="col">${words.state}</th><th scope="col">${words.way}</th>
          <th scope="col">${words.reason}</th><th scope="col">${words.receipt}</th><th scope="col">${words.sentAt}</th>
          <th scope="col" class="number">${words.attempts}</th></tr></thead>
        <tbody>${detail.deliveries.map((delivery) => deliveryRow(delivery, kindOf, language, text, context))}</tbody>
      </table>
    </div>`;
  return html`<section aria-labelledby="utskick">
    <h2 id="utskick">${words.heading}</h2>
    ${body}
  </section>`;
}

const detailText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** A delivery entry of the timeline in words; undefined for any other kind. Details hold codes only. */
export function deliveryEventDescription(event: CaseEvent, language: Language): string | undefined {
  const words = deliveryText[language];
  const { detail } = event;
  const reason = isReason(detail.reason) ? detail.reason : null;
  const code = detailText(detail.code);
  switch (event.kind) {
    case 'delivered': {
      const channel = detail.channel === 'mailbox' || detail.channel === 'post' ? detail.channel : null;
      const way = deliveryWay({
        channel, route: detail.route === 'forwarding' ? 'forwarding' : 'direct', operator: detailText(detail.operator),
        recipient: detail.recipient === 'representative' ? 'representative' : 'subject',
      }, words);
      const why = reason && reason !== 'mailbox-reachable' ? ` – ${words.reasons[reason]}` : '';
      return `${words.events.delivered(way)}${why}`;
    }
    case 'delivery-alert': {
      const cause = code && Object.hasOwn(words.events.alertCauses, code) ? words.events.alertCauses[code] : undefined;
      return words.events.alert(cause ?? words.events.alertOther(code ?? '–'));
    }
    case 'delivery-retry': return code === 'MAILBOX_UNCONFIRMED' ? words.events.unconfirmed : words.events.retry;
    case 'delivery-held': return words.events.held;
    case 'delivery-resent': return words.events.resent;
    case 'delivery-failed':
      if (reason) return words.events.failed(words.reasons[reason]);
      return words.events.failedCode(code ?? '–');
    default: return undefined;
  }
}
