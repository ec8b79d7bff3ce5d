// The port through which a recipient is told of a change to data disclosed to it (Art. 19, R21).
// An adapter sends one notification and resolves with the recipient's receipt; it throws an
// InsynError: NOTIFICATION_REJECTED when the recipient refuses it for good, NOTIFICATION_UNAVAILABLE
// when it may be tried again. Sending the same notification again must be harmless: each
// adapter hands the recipient the notification's id to recognise a repeat by.

import type { NotifiedChange } from '../../domain/restriction.ts';

export type ChangeKind = NotifiedChange;

export interface OutgoingNotification {
  /** The outbox row's id: the idempotency key the recipient recognises a repeat by. */
  readonly id: string;
  /** The catalog recipient's id. */
  readonly recipient: string;
  readonly kind: ChangeKind;
  /** Qualified dataset ids (system.dataset). */
  readonly datasets: readonly string[];
  /** Field names; never values. */
  readonly fields: readonly string[];
  /** The person's identity number, 12 digits: the recipient must know whom it concerns. */
  readonly subject: string;
  /** When the change was decided (the outbox row's creation), ISO 8601. */
  readonly occurredAt: string;
}

export interface NotificationChannel {
  /** Names the channel in the outbox row, e.g. `webhook`. */
  readonly name: string;
  send(notification: OutgoingNotification): Promise<{ readonly receipt: string }>;
}

/** The body every channel carries: the same JSON document, so that recipients parse one format. */
export function notificationDocument(notification: OutgoingNotification): string {
  return JSON.stringify({
    type: 'insyn.recipient-notification', version: 1,
    id: notification.id, recipient: notification.recipient, kind: notification.kind,
    datasets: notification.datasets, fields: notification.fields,
    subject: { personalIdentityNumber: notification.subject }, occurredAt: notification.occurredAt,
  });
}
