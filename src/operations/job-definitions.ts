// Every kind of durable job Insyn runs, given to each worker.
import type { AnyJobDefinition } from '../engine/job-definition.ts';
import { collectExtractJob, type ExtractJobDependencies } from './extracts/collect-extract.ts';
import { remindJob, type RemindDependencies } from './requests/remind-job.ts';
import { deliveryJob, printBatchJob } from './delivery/delivery-jobs.ts';
import type { DeliveryDependencies } from './delivery/deliver-letters.ts';
import { notifyRecipientJob, type NotifyRecipientDependencies } from './changes/notify-recipient-job.ts';
import { sweepNotificationsJob } from './changes/sweep-notifications.ts';
import { executeChangesJob } from './changes/execute-changes.ts';
import type { ChangeworkDependencies } from './changes/change-work.ts';
import { consentPurgeJob } from './consent/consent-purge-job.ts';
import type { ConsentService } from './consent/consent-service.ts';

export type JobDependencies = ExtractJobDependencies & Omit<RemindDependencies, 'db'> & {
  readonly delivery: DeliveryDependencies;
  readonly notify: NotifyRecipientDependencies;
  readonly changes: ChangeworkDependencies;
  /** Absent: consent records are not purged by this worker. */
  readonly consent?: ConsentService;
};

export function jobDefinitions(deps: JobDependencies): readonly AnyJobDefinition[] {
  return [collectExtractJob(deps), remindJob(deps), deliveryJob(deps.delivery), printBatchJob(deps.delivery), notifyRecipientJob(deps.notify),
    sweepNotificationsJob(deps.notify), executeChangesJob(deps.changes), ...(deps.consent ? [consentPurgeJob({ ...deps.notify, consent: deps.consent })] : [])];
}
