// Puts Art. 19 notifications in the outbox (issue 6, R21): one row per recipient the affected
// data were disclosed to, and one durable job each, written in the caller's transaction so that
// the change and the duty to tell its recipients commit (or roll back) together. The rows name
// the catalog's datasets and field names only; whom it concerns is sealed to the row.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import { datasetsById } from '../../catalog/catalog-walk.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { insertRecipientNotification, type NotificationKind } from '../../stores/recipient-notification-store.ts';

export const NOTIFY_RECIPIENT_JOB = 'changes.notify-recipient';
/** With the backoff's ten-minute cap, most of a day of trying before a notification fails. */
export const NOTIFY_MAX_ATTEMPTS = 150;

export interface QueueNotificationDependencies {
  readonly catalog: Pick<Catalog, 'recipients' | 'systems'>;
  readonly sealer: ContentSealer;
  readonly clock: () => Date;
}

export interface QueueNotificationsInput {
  readonly requestId: string | null;
  readonly subject: IdentityNumber;
  readonly kind: NotificationKind;
  /** Qualified dataset ids (system.dataset) whose data changed. */
  readonly datasets: readonly string[];
  /** Names of the fields changed, erased or restricted (of those datasets). */
  readonly fields: readonly string[];
  /** Catalog recipient ids the data were disclosed to. */
  readonly recipients: readonly string[];
}

export interface QueuedNotification {
  readonly id: string;
  readonly recipient: string;
}

const KINDS: ReadonlySet<string> = new Set(['rectification', 'erasure', 'restriction', 'restriction-lifted']);

function checkInput(catalog: QueueNotificationDependencies['catalog'], input: QueueNotificationsInput): void {
  if (!KINDS.has(input.kind)) throw new InsynError('VALIDATION_FAILED', 'kind');
  if (input.datasets.length === 0) throw new InsynError('VALIDATION_FAILED', 'datasets: at least one');
  const known = datasetsById(catalog as Catalog);
  const named = input.datasets.map((id) => {
    const dataset = known.get(id);
    if (!dataset) throw new InsynError('UNKNOWN_DATASET', id);
    return dataset;
  });
  for (const field of input.fields) {
    if (!named.some((dataset) => dataset.fields.some((candidate) => candidate.name === field))) {
      throw new InsynError('UNKNOWN_FIELD', `${field} is not a field of the datasets named`);
    }
  }
  const recipients = new Set(catalog.recipients.map((recipient) => recipient.id));
  for (const recipient of input.recipients) {
    if (!recipients.has(recipient)) throw new InsynError('VALIDATION_FAILED', `recipients: ${recipient} is not a catalog recipient`);
  }
}

/** The job of one notification; its key is the row's, so queuing it twice never sends twice. */
export async function enqueueNotificationJob(trx: Kysely<Database>, notificationId: string): Promise<void> {
  await enqueueJob(trx, {
    kind: NOTIFY_RECIPIENT_JOB, version: 1, payload: { notificationId }, idempotencyKey: `notify:${notificationId}`, maxAttempts: NOTIFY_MAX_ATTEMPTS,
  });
}

/** One outbox row and one job per recipient (each named once), in `trx`. */
export async function queueRecipientNotifications(
  trx: Kysely<Database>, deps: QueueNotificationDependencies, input: QueueNotificationsInput,
): Promise<QueuedNotification[]> {
  checkInput(deps.catalog, input);
  const at = deps.clock();
  const queued: QueuedNotification[] = [];
  for (const recipient of [...new Set(input.recipients)]) {
    const id = randomUUID();
    await insertRecipientNotification(trx, {
      id, requestId: input.requestId, recipient, kind: input.kind,
      datasets: [...new Set(input.datasets)], fields: [...new Set(input.fields)],
      subjectSealed: deps.sealer.sealJson(input.subject.normalized, id), at,
    });
    await enqueueNotificationJob(trx, id);
    queued.push({ id, recipient });
  }
  return queued;
}
