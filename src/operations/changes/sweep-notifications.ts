// Notifications whose job ended without settling them (a worker died on the last attempt, so the
// engine failed the job without running it) would wait unseen as pending. An hourly sweep marks
// them failed with the job's code, so a case handler sees every recipient not told (Art. 19).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { defineJob, type JobDefinition } from '../../engine/job-definition.ts';
import { HOUR_MS, scheduleHourly } from '../../engine/schedule-hourly.ts';
import { markNotificationFailed } from '../../stores/recipient-notification-store.ts';

export const SWEEP_NOTIFICATIONS_JOB = 'changes.sweep-notifications';

export async function failAbandonedNotifications(db: Kysely<Database>, at: Date): Promise<number> {
  const rows = await sql<{ id: string; code: string | null }>`
    select n.id, (select j.last_error_code from job j where j.idempotency_key = 'notify:' || n.id order by j.id desc limit 1) as code
    from recipient_notification n
    where n.status = 'pending'
      and not exists (select 1 from job j where j.idempotency_key = 'notify:' || n.id and j.status in ('pending', 'running'))`.execute(db);
  let failed = 0;
  for (const row of rows.rows) if (await markNotificationFailed(db, row.id, row.code ?? 'JOB_ABANDONED', at)) failed += 1;
  return failed;
}

export async function scheduleNotificationSweeps(db: Kysely<Database>, at: Date): Promise<void> {
  await scheduleHourly(db, SWEEP_NOTIFICATIONS_JOB, at);
}

export function sweepNotificationsJob(deps: { readonly db: Kysely<Database>; readonly clock: () => Date }): JobDefinition<Record<string, never>> {
  return defineJob({
    kind: SWEEP_NOTIFICATIONS_JOB,
    version: 1,
    parsePayload: () => ({}),
    async run(context) {
      // The next hour's run first, so that a failing run never ends the chain.
      await scheduleNotificationSweeps(deps.db, new Date(deps.clock().getTime() + HOUR_MS));
      await context.step('sweep', () => failAbandonedNotifications(deps.db, deps.clock()));
    },
  });
}
