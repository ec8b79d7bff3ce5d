// The job `changes.notify-recipient`: sends one Art. 19 notification through the recipient's
// channel and marks it sent with the recipient's receipt. The send is a memoised step, so a job
// resumed after the send was recorded does not send again; one resumed before that sends the same
// notification id again, which the channel's idempotency (Idempotency-Key, message id) makes
// harmless. A refusal, a recipient without a channel, or the last attempt: failed, with the code,
// for a case handler to see. Nothing is ever dropped silently.
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { Database } from '../../db/database-schema.ts';
import type { RecipientChannels } from '../../delivery/notify/recipient-channels.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import { defineJob, type JobContext, type JobDefinition } from '../../engine/job-definition.ts';
import { errorCode, isPermanentError } from '../../engine/run-job.ts';
import {
  findRecipientNotification, markNotificationFailed, markNotificationSent, recordNotificationAttempt, recordNotificationError,
} from '../../stores/recipient-notification-store.ts';
import { NOTIFY_RECIPIENT_JOB } from './queue-recipient-notifications.ts';

export interface NotifyRecipientDependencies {
  readonly db: Kysely<Database>;
  readonly sealer: ContentSealer;
  readonly channels: RecipientChannels;
  readonly clock: () => Date;
}

function parsePayload(payload: unknown): { notificationId: string } {
  const notificationId = (payload as { notificationId?: unknown } | null)?.notificationId;
  if (typeof notificationId !== 'string' || notificationId === '') throw new InsynError('VALIDATION_FAILED', 'notificationId');
  return { notificationId };
}

/** Refusals no retry mends: the engine's own (4xx) and the recipient's. */
function isFinal(error: unknown): boolean {
  return isPermanentError(error) || isInsynError(error, 'NOTIFICATION_REJECTED') || isInsynError(error, 'RECIPIENT_NOT_CONFIGURED');
}

async function sendNotification(deps: NotifyRecipientDependencies, id: string, { attempt, step }: JobContext): Promise<void> {
  const notification = await findRecipientNotification(deps.db, id);
  if (!notification) throw new InsynError('VALIDATION_FAILED', `notification ${id} does not exist`);
  if (notification.status !== 'pending') return;
  // The channel is looked up inside the step: a send stored before a crash stands even if the
  // recipient's configuration is gone by the retry.
  const sent = await step('send', async () => {
    const channel = deps.channels(notification.recipient);
    if (!channel) throw new InsynError('RECIPIENT_NOT_CONFIGURED', notification.recipient);
    await recordNotificationAttempt(deps.db, id, attempt);
    const { receipt } = await channel.send({
      id, recipient: notification.recipient, kind: notification.kind, datasets: notification.datasets, fields: notification.fields,
      subject: deps.sealer.openJson<string>(notification.subjectSealed, id), occurredAt: notification.createdAt.toISOString(),
    });
    return { channel: channel.name, receipt };
  });
  await markNotificationSent(deps.db, id, { ...sent, at: deps.clock() });
}

export function notifyRecipientJob(deps: NotifyRecipientDependencies): JobDefinition<{ notificationId: string }> {
  return defineJob({
    kind: NOTIFY_RECIPIENT_JOB,
    version: 1,
    parsePayload,
    async run(context, { notificationId }) {
      try {
        await sendNotification(deps, notificationId, context);
      } catch (error) {
        // The job records the original error; the row's bookkeeping is best effort (the database may be what failed).
        const code = errorCode(error);
        const record = context.lastAttempt || isFinal(error)
          ? markNotificationFailed(deps.db, notificationId, code, deps.clock())
          : recordNotificationError(deps.db, notificationId, code);
        await record.catch(() => undefined);
        throw error;
      }
    },
  });
}
