// What the processing log says about one person, summarised for their register extract
// (Art. 15(1), CJEU C-579/21): per day and purpose, how many times their data were processed.
// Outcome events are not counted (each processing is counted once, by its attempt); actors are
// never returned, so no employee's name or id reaches the person.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export interface SubjectLogDay {
  /** YYYY-MM-DD (UTC). */
  readonly date: string;
  readonly purpose: string;
  readonly count: number;
}

export async function summarizeSubjectLog(db: Kysely<Database>, subjectKey: string): Promise<SubjectLogDay[]> {
  const day = sql<string>`to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD')`;
  const rows = await db.selectFrom('processing_log')
    .select([day.as('date'), 'purpose', sql<string>`count(*)`.as('count')])
    .where('subject_key', '=', subjectKey).where('outcome_of', 'is', null)
    .groupBy([day, 'purpose']).orderBy(day).orderBy('purpose')
    .execute();
  return rows.map((row) => ({ date: row.date, purpose: row.purpose, count: Number(row.count) }));
}
