// What the processing log says about one person, summarised for their register extract
// (Art. 15(1), CJEU C-579/21): per day and purpose, how many times their data were processed.
// Each processing is counted once, by its attempt; attempts whose outcome was a failure or a
// refusal touched no data and are left out (a week of retries while a system is down is not a
// week of processing). Actors are never returned, so no employee's name or id reaches the person.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { swedishDay } from '../domain/response-deadline.ts';

export interface SubjectLogDay {
  /** YYYY-MM-DD, the Swedish calendar day. */
  readonly date: string;
  readonly purpose: string;
  readonly count: number;
}

export async function summarizeSubjectLog(db: Kysely<Database>, subjectKey: string): Promise<SubjectLogDay[]> {
  const events = await db.selectFrom('processing_log')
    .select(['id', 'occurred_at', 'purpose', 'outcome_of', 'outcome'])
    .where('subject_key', '=', subjectKey)
    .execute();
  const unsuccessful = new Set(events.filter((event) => event.outcome !== null && event.outcome !== 'success').map((event) => Number(event.outcome_of)));
  const days = new Map<string, SubjectLogDay>();
  for (const event of events) {
    if (event.outcome_of !== null || unsuccessful.has(Number(event.id))) continue;
    const date = swedishDay(event.occurred_at);
    const key = `${date}\u0000${event.purpose}`;
    days.set(key, { date, purpose: event.purpose, count: (days.get(key)?.count ?? 0) + 1 });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date) || a.purpose.localeCompare(b.purpose));
}
