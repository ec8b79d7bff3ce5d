// The words of the request page's deliveries (delivery-section.ts) and of the delivery entries in
// its timeline, in Swedish and English: the way a delivery went, why, and what went wrong. They
// name the way (mailbox operator, population-register address, Skatteverket's forwarding), never
// an address.
import type { Language } from '../../request-language.ts';
import type { DeliveryReason } from '../../../domain/delivery-choice.ts';
import type { DeliveryView } from './case-types.ts';

export interface DeliveryText {
  readonly heading: string;
  readonly caption: string;
  readonly none: string;
  readonly letters: string;
  readonly state: string;
  readonly way: string;
  readonly reason: string;
  readonly receipt: string;
  readonly sentAt: string;
  readonly attempts: string;
  readonly statuses: Readonly<Record<DeliveryView['status'], string>>;
  readonly mailbox: (operator: string | null) => string;
  readonly postDirect: string;
  readonly postForwarding: string;
  readonly notChosen: string;
  readonly toRepresentative: string;
  readonly reasons: Readonly<Record<DeliveryReason, string>>;
  /** Added to a mailbox refusal when the letter went by post instead. */
  readonly sentByPost: string;
  /** The badge of a delivery that went by post because digital post failed. */
  readonly fallbackBadge: string;
  readonly retrying: string;
  /** A mailbox send of unknown outcome: only the same message goes again. */
  readonly unconfirmed: string;
  readonly errorCode: string;
  readonly events: {
    readonly delivered: (way: string) => string;
    readonly alert: (cause: string) => string;
    readonly alertCauses: Readonly<Record<string, string>>;
    readonly alertOther: (code: string) => string;
    readonly retry: string;
    readonly unconfirmed: string;
    readonly held: string;
    readonly resent: string;
    readonly failed: (reason: string) => string;
    readonly failedCode: (code: string) => string;
  };
}

const sv: DeliveryText = {
  heading: 'Utskick',
  caption: 'Ärendets utskick, äldst först',
  none: 'Inga utskick ännu.',
  letters: 'Brev',
  state: 'Läge',
  way: 'Sätt',
  reason: 'Skäl',
  receipt: 'Kvitto',
  sentAt: 'Skickat',
  attempts: 'Försök',
  statuses: { pending: 'Väntar på att skickas', held: 'Väntar på identifiering', sent: 'Skickat', failed: 'Misslyckades' },
  mailbox: (operator) => (operator ? `Digital brevlåda (${operator})` : 'Digital brevlåda'),
  postDirect: 'Post till folkbokföringsadressen',
  postForwarding: 'Post via Skatteverkets vidarebefordran (skyddade personuppgifter)',
  notChosen: 'Inte valt ännu',
  toRepresentative: 'till företrädaren',
  reasons: {
    'mailbox-reachable': 'Personen har en digital brevlåda som tar emot post från oss',
    'paper-requested': 'Begärt svar på papper',
    'no-mailbox': 'Personen har ingen digital brevlåda',
    'sender-not-accepted': 'Brevlådan tar inte emot post från oss',
    'mailbox-pending': 'Kontot är inte aktiverat ännu',
    'no-operator': 'Brevlåderegistret anger ingen operatör att skicka till',
    'mailbox-not-delivered': 'Brevlådan tog inte emot brevet',
    'mailbox-unavailable': 'Tjänsten för digital post svarade inte inom reservtiden',
    'no-address': 'Varken brevlåda eller adress – kontakta personen på annat sätt',
    'awaiting-identity': 'Väntar på att personen identifieras',
  },
  sentByPost: 'skickat med post',
  fallbackBadge: 'Reservväg: post',
  retrying: 'Tjänsten för digital post svarar inte – nytt försök senare',
  unconfirmed: 'Oklart om brevlådeoperatören tog emot brevet – samma meddelande skickas igen, aldrig också med post',
  errorCode: 'felkod',
  events: {
    delivered: (way) => `Skickat: ${way}`,
    alert: (cause) => `Larm: ${cause} – brevet skickas med post`,
    alertCauses: {
      MAILBOX_REJECTED: 'Brevlådan tog inte emot brevet',
      MAILBOX_UNAVAILABLE: 'Tjänsten för digital post svarade inte inom reservtiden',
    },
    alertOther: (code) => `Digital post misslyckades (felkod ${code})`,
    retry: 'Tjänsten för digital post svarade inte – nytt försök senare',
    unconfirmed: 'Oklart om brevlådeoperatören tog emot brevet – samma meddelande skickas igen',
    held: 'Utskicket väntar på att personen identifieras',
    resent: 'Utskicket skickas igen',
    failed: (reason) => `Larm: utskicket gick inte att skicka – ${reason}`,
    failedCode: (code) => `Larm: utskicket misslyckades (felkod ${code})`,
  },
};

const en: DeliveryText = {
  heading: 'Deliveries',
  caption: 'The request’s deliveries, oldest first',
  none: 'No deliveries yet.',
  letters: 'Letters',
  state: 'State',
  way: 'Way',
  reason: 'Reason',
  receipt: 'Receipt',
  sentAt: 'Sent',
  attempts: 'Attempts',
  statuses: { pending: 'Waiting to be sent', held: 'Awaiting identification', sent: 'Sent', failed: 'Failed' },
  mailbox: (operator) => (operator ? `Digital mailbox (${operator})` : 'Digital mailbox'),
  postDirect: 'Post to the population-register address',
  postForwarding: 'Post through Skatteverket’s forwarding (protected personal data)',
  notChosen: 'Not chosen yet',
  toRepresentative: 'to the representative',
  reasons: {
    'mailbox-reachable': 'The person has a digital mailbox that accepts post from us',
    'paper-requested': 'An answer on paper was requested',
    'no-mailbox': 'The person has no digital mailbox',
    'sender-not-accepted': 'The mailbox does not accept post from us',
    'mailbox-pending': 'The account is not activated yet',
    'no-operator': 'The mailbox register names no operator to send to',
    'mailbox-not-delivered': 'The mailbox did not take the letter',
    'mailbox-unavailable': 'The digital post service did not answer within the fallback time',
    'no-address': 'Neither a mailbox nor an address – contact the person another way',
    'awaiting-identity': 'Waiting for the person to be identified',
  },
  sentByPost: 'sent by post',
  fallbackBadge: 'Fallback: post',
  retrying: 'The digital post service does not answer – trying again later',
  unconfirmed: 'Unclear whether the mailbox operator took the letter – the same message is sent again, never also by post',
  errorCode: 'error code',
  events: {
    delivered: (way) => `Sent: ${way}`,
    alert: (cause) => `Alert: ${cause} – the letter goes by post`,
    alertCauses: {
      MAILBOX_REJECTED: 'The mailbox did not take the letter',
      MAILBOX_UNAVAILABLE: 'The digital post service did not answer within the fallback time',
    },
    alertOther: (code) => `Digital post failed (error code ${code})`,
    retry: 'The digital post service did not answer – trying again later',
    unconfirmed: 'Unclear whether the mailbox operator took the letter – the same message is sent again',
    held: 'The delivery waits for the person to be identified',
    resent: 'The delivery is sent again',
    failed: (reason) => `Alert: the delivery could not be sent – ${reason}`,
    failedCode: (code) => `Alert: the delivery failed (error code ${code})`,
  },
};

export const deliveryText: Readonly<Record<Language, DeliveryText>> = { sv, en };
