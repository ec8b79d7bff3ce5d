// The HTTP webhook channel for Art. 19 notifications: a JSON POST to the recipient's address
// with `Idempotency-Key: <notification id>` (a retry is the same notification, never a second)
// and `X-Insyn-Signature: sha256=<hex>`, an HMAC-SHA256 of the exact body under the recipient's
// secret. 2xx: taken. 408, 429, 5xx, no connection or a timeout: tried again later. Any other
// answer (4xx, a redirect): refused for good. The identity number travels in the body only.
import { createHmac } from 'node:crypto';
import { InsynError } from '../../domain/error-catalogue.ts';
import { notificationDocument, type NotificationChannel } from './notification-channel.ts';

export interface WebhookTarget {
  readonly url: string;
  readonly secret: string;
  readonly timeoutMs: number;
}

export const SIGNATURE_HEADER = 'x-insyn-signature';
const RETRY_STATUSES = new Set([408, 429]);
const RECEIPT_MAX = 200;

/** `sha256=<hex>` of the body: what a recipient recomputes to know the notification is Insyn's and unaltered. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

function networkCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : (error as Error | null)?.name ?? 'Error';
}

/** The recipient's own reference when it gives one (`{"receipt": "…"}`), else the status. */
/** A receipt we store: a short token, never anything that could be a personal identity number. */
const RECEIPT_TOKEN = /^[A-Za-z0-9._:/-]{1,100}$/;

/** The recipient's receipt when it is a plain token; otherwise (free text, a long number) the status. */
export function receiptOf(status: number, text: string): string {
  try {
    const answer = JSON.parse(text) as { receipt?: unknown } | null;
    const receipt = answer?.receipt;
    if (typeof receipt === 'string' && RECEIPT_TOKEN.test(receipt) && !/\d{10,}/.test(receipt)) return receipt.slice(0, RECEIPT_MAX);
  } catch {
    // not JSON: the status is the receipt
  }
  return `HTTP ${status}`;
}

export function webhookChannel(target: WebhookTarget): NotificationChannel {
  const host = new URL(target.url).host;
  return {
    name: 'webhook',
    async send(notification) {
      const body = notificationDocument(notification);
      let response: Response;
      try {
        response = await fetch(target.url, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            accept: 'application/json',
            'idempotency-key': notification.id,
            [SIGNATURE_HEADER]: webhookSignature(target.secret, body),
          },
          body,
          signal: AbortSignal.timeout(target.timeoutMs),
        });
      } catch (error) {
        throw new InsynError('NOTIFICATION_UNAVAILABLE', `${host}: ${networkCode(error)}`, { cause: error });
      }
      const text = await response.text().catch(() => '');
      if (response.status >= 200 && response.status < 300) return { receipt: receiptOf(response.status, text) };
      if (RETRY_STATUSES.has(response.status) || response.status >= 500) {
        throw new InsynError('NOTIFICATION_UNAVAILABLE', `${host}: status ${response.status}`);
      }
      throw new InsynError('NOTIFICATION_REJECTED', `${host}: status ${response.status}`);
    },
  };
}
