// Reminders before and alerts after the due date (issue 4, item 3): a durable job that runs once
// an hour (the next run is enqueued by the run before, idempotent per hour, so any number of
// workers schedule it once). A request due within the configured working days gets a reminder in
// its timeline; one past its due date an overdue alert (a failed request too: it is unanswered).
// Paused requests are skipped: their clock
// stands still. The console's queue shows both from the same dates.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { endOfSwedishDay, swedishDay } from '../../domain/response-deadline.ts';
import { nextWorkingDay } from '../../domain/swedish-holidays.ts';
import { defineJob, type JobDefinition } from '../../engine/job-definition.ts';
import { HOUR_MS, scheduleHourly } from '../../engine/schedule-hourly.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { updateCase } from '../../stores/request-store.ts';

export const REMIND_JOB = 'requests.remind';
const ACTOR = 'insyn-reminders';

export interface RemindDependencies {
  readonly db: Kysely<Database>;
  readonly reminderWorkingDays: number;
  readonly evesAreHolidays: boolean;
  readonly clock?: () => Date;
}

/** The end of the working day `days` working days after `at`'s Swedish day (0: the end of today). */
export function reminderHorizon(at: Date, days: number, evesAreHolidays: boolean): Date {
  let day = swedishDay(at);
  for (let index = 0; index < days; index += 1) {
    day = nextWorkingDay(new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10), { evesAreHolidays });
  }
  return endOfSwedishDay(day);
}

/** Enqueues the run of the hour `at` falls in (nothing new when it is there already). */
export async function scheduleReminders(db: Kysely<Database>, at: Date): Promise<void> {
  await scheduleHourly(db, REMIND_JOB, at);
}

/** Writes due reminders and overdue alerts; returns how many of each. */
export async function remindRequests(deps: RemindDependencies): Promise<{ reminded: number; overdue: number }> {
  const now = (deps.clock ?? (() => new Date()))();
  const horizon = reminderHorizon(now, deps.reminderWorkingDays, deps.evesAreHolidays);
  const active = deps.db.selectFrom('request').select(['id', 'due_at']).where('status', 'not in', ['completed', 'paused']);
  const [due, late] = await Promise.all([
    active.where('reminded_at', 'is', null).where('due_at', '<=', horizon).where('due_at', '>=', now).execute(),
    active.where('overdue_alerted_at', 'is', null).where('due_at', '<', now).execute(),
  ]);
  for (const request of due) {
    await deps.db.transaction().execute(async (trx) => {
      await updateCase(trx, request.id, { remindedAt: now });
      await appendRequestEvent(trx, { requestId: request.id, at: now, actor: ACTOR, kind: 'reminder', detail: { dueDay: swedishDay(request.due_at) } });
    });
  }
  for (const request of late) {
    await deps.db.transaction().execute(async (trx) => {
      await updateCase(trx, request.id, { overdueAlertedAt: now });
      await appendRequestEvent(trx, { requestId: request.id, at: now, actor: ACTOR, kind: 'overdue-alert', detail: { dueDay: swedishDay(request.due_at) } });
    });
  }
  return { reminded: due.length, overdue: late.length };
}

export function remindJob(deps: RemindDependencies): JobDefinition<Record<string, never>> {
  return defineJob({
    kind: REMIND_JOB,
    version: 1,
    parsePayload: () => ({}),
    async run(context) {
      // The next hour's run first, so that a failing run never ends the chain.
      await scheduleReminders(deps.db, new Date((deps.clock ?? (() => new Date()))().getTime() + HOUR_MS));
      await context.step('remind', () => remindRequests(deps));
    },
  });
}
