// How a letter reaches the person (R25, R27, R28): to their secure digital mailbox when the
// mailbox register (FaR) says they have one that accepts mail from the agency and is not pending;
// otherwise by post to the population-register address (never one written in a request). A
// person with skyddad folkbokföring or sekretessmarkering gets post only through Skatteverket's
// forwarding; fingerade personuppgifter look like anyone else's and are handled so. Pure: the
// lookups are done by the caller.
import { needsForwarding, type ProtectionLevel } from './protection-level.ts';

export type { ProtectionLevel };

/** A mailbox operator as the register names it; nothing personal. */
export interface MailboxOperator {
  readonly id: string;
  readonly name: string;
  readonly serviceAddress: string;
}

/** The mailbox register's answer for one person, or that it could not be asked. */
export type Reachability =
  | { readonly kind: 'no-mailbox' }
  | { readonly kind: 'mailbox'; readonly senderAccepted: boolean; readonly pending: boolean; readonly operator: MailboxOperator | null }
  | { readonly kind: 'error' };

export const DELIVERY_REASONS = [
  'mailbox-reachable', 'paper-requested', 'no-mailbox', 'sender-not-accepted', 'mailbox-pending', 'no-operator',
  'mailbox-not-delivered', 'mailbox-unavailable', 'no-address', 'awaiting-identity',
] as const;
export type DeliveryReason = (typeof DELIVERY_REASONS)[number];

export type PostalRoute = 'direct' | 'forwarding';

export type ChannelChoice =
  | { readonly channel: 'mailbox'; readonly reason: 'mailbox-reachable'; readonly operator: MailboxOperator }
  | { readonly channel: 'post'; readonly route: PostalRoute; readonly reason: DeliveryReason }
  /** The register or operator did not answer and the fallback time has not passed: try again later. */
  | { readonly channel: 'retry'; readonly reason: 'mailbox-unavailable' }
  /** Neither way is possible (no mailbox and no address in the register): a case handler must act. */
  | { readonly channel: 'none'; readonly reason: 'no-address' };

export interface ChoiceInput {
  /** What the request asked for: 'paper' is always post. */
  readonly answerFormat: 'electronic' | 'paper';
  readonly protection: ProtectionLevel;
  /** Whether the register holds a postal address (never asked for a protected person). */
  readonly hasAddress: boolean;
  /** Undefined when not looked up (paper asked for). */
  readonly reachability: Reachability | undefined;
  /** True once the letter has waited longer than the configured fallback time. */
  readonly fallbackDue: boolean;
}

/** Why a mailbox answer does not allow digital delivery; undefined when it does. */
function mailboxRefusal(reachability: Reachability): DeliveryReason | undefined {
  switch (reachability.kind) {
    case 'no-mailbox': return 'no-mailbox';
    case 'error': return 'mailbox-unavailable';
    case 'mailbox':
      if (!reachability.senderAccepted) return 'sender-not-accepted';
      if (reachability.pending) return 'mailbox-pending';
      if (!reachability.operator?.serviceAddress) return 'no-operator';
      return undefined;
  }
}

/** Post by the route the person's protection allows, or nothing when there is no address to post to. */
export function postalChoice(input: Pick<ChoiceInput, 'protection' | 'hasAddress'>, reason: DeliveryReason): ChannelChoice {
  if (needsForwarding(input.protection)) return { channel: 'post', route: 'forwarding', reason };
  if (!input.hasAddress) return { channel: 'none', reason: 'no-address' };
  return { channel: 'post', route: 'direct', reason };
}

export function chooseChannel(input: ChoiceInput): ChannelChoice {
  if (input.answerFormat === 'paper' || input.reachability === undefined) return postalChoice(input, 'paper-requested');
  const refusal = mailboxRefusal(input.reachability);
  if (refusal === undefined && input.reachability.kind === 'mailbox' && input.reachability.operator) {
    return { channel: 'mailbox', reason: 'mailbox-reachable', operator: input.reachability.operator };
  }
  if (refusal === 'mailbox-unavailable' && !input.fallbackDue) return { channel: 'retry', reason: 'mailbox-unavailable' };
  return postalChoice(input, refusal ?? 'no-operator');
}
