// Consent records are kept for INSYN_CONSENT_RETENTION and then deleted, once an hour.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { defineJob, type JobDefinition } from '../../engine/job-definition.ts';
import { HOUR_MS, scheduleHourly } from '../../engine/schedule-hourly.ts';
import type { ConsentService } from './consent-service.ts';

export const CONSENT_PURGE_JOB = 'consent.purge';

export async function scheduleConsentPurges(db: Kysely<Database>, at: Date): Promise<void> {
  await scheduleHourly(db, CONSENT_PURGE_JOB, at);
}

export function consentPurgeJob(deps: {
  readonly db: Kysely<Database>; readonly clock: () => Date; readonly consent: ConsentService;
}): JobDefinition<Record<string, never>> {
  return defineJob({
    kind: CONSENT_PURGE_JOB,
    version: 1,
    parsePayload: () => ({}),
    async run(context) {
      // The next hour's run first, so that a failing run never ends the chain.
      await scheduleConsentPurges(deps.db, new Date(deps.clock().getTime() + HOUR_MS));
      await context.step('purge', () => deps.consent.purgeExpired());
    },
  });
}
