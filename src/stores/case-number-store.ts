// Case numbers (diarienummer): one running number per year, taken atomically in the caller's
// transaction, so that a rolled-back intake gives its number back and two intakes never share one.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

export async function nextCaseSequence(trx: Kysely<Database>, year: number): Promise<number> {
  const row = await trx.insertInto('case_number_counter').values({ year, last_value: 1 })
    .onConflict((conflict) => conflict.column('year').doUpdateSet({ last_value: sql`case_number_counter.last_value + 1` }))
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return row.last_value;
}
