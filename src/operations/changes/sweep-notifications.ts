// Notifications whose job ended without settling them (a worker died on the last attempt, so the
// engine failed the job without running it) would wait unseen as pending. An hourly sweep settles
// them: sent when the send step was stored before the worker died, otherwise failed with the job's
// code, so a case handler sees every recipient not told (Art. 19) and no one is told twice. The same
// sweep fails runs of decided changes whose job was abandoned, so none stays `running` unseen.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { defineJob, type JobDefinition } from '../../engine/job-definition.ts';
import { HOUR_MS, scheduleHourly } from '../../engine/schedule-hourly.ts';
import { markNotificationFailed, markNotificationSent } from '../../stores/recipient-notification-store.ts';

export const SWEEP_NOTIFICATIONS_JOB = 'changes.sweep-notifications';

/**
 * Settles notifications whose job ended without doing so: one whose send step was stored (the
 * worker died after sending) is sent, with its stored receipt; any other failed with the job's code.
 * Returns how many were failed.
 */
export async function failAbandonedNotifications(db: Kysely<Database>, at: Date): Promise<number> {
  const rows = await sql<{ id: string; code: string | null; sent: unknown }>`
    select n.id,
      (select j.last_error_code from job j where j.idempotency_key = 'notify:' || n.id order by j.id desc limit 1) as code,
      (select s.result from job j join job_step s on s.job_id = j.id and s.name = 'send'
        where j.idempotency_key = 'notify:' || n.id order by j.id desc limit 1) as sent
    from recipient_notification n
    where n.status = 'pending'
      and not exists (select 1 from job j where j.idempotency_key = 'notify:' || n.id and j.status in ('pending', 'running'))`.execute(db);
  let failed = 0;
  for (const row of rows.rows) {
    const sent = (typeof row.sent === 'string' ? JSON.parse(row.sent) : row.sent) as { channel?: unknown; receipt?: unknown } | null;
    if (sent && typeof sent.channel === 'string' && typeof sent.receipt === 'string') {
      await markNotificationSent(db, row.id, { channel: sent.channel, receipt: sent.receipt, at });
    } else if (await markNotificationFailed(db, row.id, row.code ?? 'JOB_ABANDONED', at)) {
      failed += 1;
    }
  }
  return failed;
}

/**
 * Runs of decided changes whose job ended without settling them (a worker died on the last
 * attempt) would stay `running` unseen: they are failed with the job's code, so the request page and
 * the queue show them and a case handler can run them again. Returns how many.
 */
export async function failAbandonedExecutions(db: Kysely<Database>, at: Date): Promise<number> {
  const rows = await sql<{ request_id: string; code: string | null }>`
    select e.request_id, j.last_error_code as code
    from change_execution e join job j on j.id = e.job_id
    where e.status in ('scheduled', 'running', 'waiting') and j.status not in ('pending', 'running')`.execute(db);
  for (const row of rows.rows) {
    await db.updateTable('change_execution').set({ status: 'failed', error_code: row.code ?? 'JOB_ABANDONED', updated_at: at })
      .where('request_id', '=', row.request_id).where('status', 'in', ['scheduled', 'running', 'waiting']).execute();
  }
  return rows.rows.length;
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
      await context.step('sweep-executions', () => failAbandonedExecutions(deps.db, deps.clock()));
    },
  });
}
