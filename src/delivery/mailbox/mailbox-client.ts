// The digital-mailbox service as Insyn calls it (R25, R26), shaped after Mina meddelanden: the
// reachability lookup in the mailbox register (FaR, `Recipient v3 IsReachable`) and the delivery
// of a sealed message to the operator the register names (`DeliverSecure`). Identity numbers go
// in request bodies only, never in an address, and never into an error message.
import { InsynError } from '../../domain/error-catalogue.ts';
import type { MailboxOperator, Reachability } from '../../domain/delivery-choice.ts';

export interface MailboxReceipt {
  /** The operator's transaction id. */
  readonly transId: string;
  /** False when the operator has no (active) mailbox for the recipient after all. */
  readonly delivered: boolean;
}

export interface MailboxService {
  /** Never throws: a failed lookup is `{ kind: 'error' }`. Asked anew for every delivery, never cached. */
  reachability(recipientId: string): Promise<Reachability>;
  /**
   * MAILBOX_UNAVAILABLE when the operator certainly did not take the delivery (no connection, 503,
   * 408, 429); MAILBOX_UNCONFIRMED when it may have (a timeout or a lost answer after sending, a
   * server error); MAILBOX_REJECTED when it refuses the delivery.
   */
  deliver(serviceAddress: string, sealedDeliveryXml: string): Promise<MailboxReceipt>;
}

export interface MailboxClientOptions {
  /** Base URL of the register, e.g. https://…/ (the lookup is at `<url>/recipient/v3/is-reachable`). */
  readonly url: string;
  /** The sender's organisation number with the "16" prefix, as the register knows senders. */
  readonly senderOrgNumber: string;
  readonly timeoutMs: number;
  /** Production: an operator address that is not https is not used (the message would travel in clear). */
  readonly httpsOnly?: boolean;
}

interface ReachabilityAnswer {
  readonly recipientId?: unknown;
  readonly senderAccepted?: unknown;
  readonly accountStatus?: null | {
    readonly pending?: unknown;
    readonly serviceSupplier?: null | { readonly id?: unknown; readonly name?: unknown; readonly serviceAddress?: unknown };
  };
}

function operatorOf(
  supplier: NonNullable<NonNullable<ReachabilityAnswer['accountStatus']>['serviceSupplier']> | undefined, httpsOnly: boolean,
): MailboxOperator | null {
  if (!supplier || typeof supplier.serviceAddress !== 'string' || supplier.serviceAddress === '') return null;
  let address: URL;
  try {
    address = new URL(supplier.serviceAddress);
  } catch {
    return null;
  }
  if (address.protocol !== 'https:' && (httpsOnly || address.protocol !== 'http:')) return null;
  return { id: String(supplier.id ?? ''), name: String(supplier.name ?? ''), serviceAddress: address.href };
}

/** The register's answer for one recipient; anything not understood counts as an error (never as reachable). */
export function readReachability(answer: unknown, recipientId: string, httpsOnly = false): Reachability {
  const entries = (answer as { reachability?: unknown } | null)?.reachability;
  if (!Array.isArray(entries)) return { kind: 'error' };
  const entry = (entries as ReachabilityAnswer[]).find((candidate) => candidate?.recipientId === recipientId);
  if (!entry || typeof entry.senderAccepted !== 'boolean') return { kind: 'error' };
  if (entry.accountStatus === null || entry.accountStatus === undefined) return { kind: 'no-mailbox' };
  if (typeof entry.accountStatus.pending !== 'boolean') return { kind: 'error' };
  return {
    kind: 'mailbox', senderAccepted: entry.senderAccepted, pending: entry.accountStatus.pending,
    operator: operatorOf(entry.accountStatus.serviceSupplier ?? undefined, httpsOnly),
  };
}

/** Errors that mean the request never reached the other side: nothing can have been stored. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** A TLS handshake that failed (protocol, certificate): nothing was sent either. */
function isHandshakeFailure(code: string): boolean {
  return /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$)/.test(code);
}

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : (error as Error | null)?.name ?? 'Error';
}

async function post(url: string, body: string, contentType: string, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, {
      method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = networkCode(error);
    const sure = NOT_CONNECTED.has(code) || isHandshakeFailure(code);
    throw new InsynError(sure ? 'MAILBOX_UNAVAILABLE' : 'MAILBOX_UNCONFIRMED', `${new URL(url).host}: ${code}`, { cause: error });
  }
}

/** Statuses after which the operator certainly holds nothing of this delivery (it can be sent elsewhere). */
const NOT_TAKEN = new Set([408, 429, 503]);

export function httpMailboxService(options: MailboxClientOptions): MailboxService {
  const base = options.url.replace(/\/+$/, '');
  return {
    async reachability(recipientId) {
      try {
        const response = await post(`${base}/recipient/v3/is-reachable`,
          JSON.stringify({ senderOrgNr: options.senderOrgNumber, recipientIds: [recipientId] }), 'application/json', options.timeoutMs);
        if (!response.ok) return { kind: 'error' };
        return readReachability(await response.json(), recipientId, options.httpsOnly === true);
      } catch {
        return { kind: 'error' };
      }
    },
    async deliver(serviceAddress, sealedDeliveryXml) {
      const response = await post(serviceAddress, sealedDeliveryXml, 'application/xml; charset=utf-8', options.timeoutMs);
      if (NOT_TAKEN.has(response.status)) {
        await response.body?.cancel();
        throw new InsynError('MAILBOX_UNAVAILABLE', `status ${response.status}`);
      }
      const text = await response.text().catch(() => '');
      let answer: { transId?: unknown; delivered?: unknown; code?: unknown } = {};
      try {
        answer = (JSON.parse(text) ?? {}) as typeof answer;
      } catch {
        answer = {};
      }
      // Any other 4xx refuses this delivery, whatever the body (a proxy's HTML page, nothing).
      if (response.status >= 400 && response.status < 500) {
        throw new InsynError('MAILBOX_REJECTED', `status ${response.status} ${typeof answer.code === 'string' ? answer.code.slice(0, 40) : ''}`.trim());
      }
      const delivered = Array.isArray(answer.delivered) ? answer.delivered as { delivered?: unknown }[] : [];
      if (!response.ok || typeof answer.transId !== 'string' || delivered.length === 0) {
        throw new InsynError('MAILBOX_UNCONFIRMED', `status ${response.status}`);
      }
      return { transId: answer.transId, delivered: delivered.every((entry) => entry?.delivered === true) };
    },
  };
}

/** The register's form of the sender: "16" and the organisation number's ten digits. */
export function senderOrgNumber(organisationNumber: string): string {
  const digits = organisationNumber.replace(/\D/g, '');
  if (digits.length !== 10) throw new InsynError('CATALOG_INVALID', 'controller.organisationNumber must have ten digits');
  return `16${digits}`;
}
