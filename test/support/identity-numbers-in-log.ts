// Which persons' identity numbers the processing log holds in clear, in any stored form: every
// row of processing_log as text (all columns) searched for each person's 12- and 10-digit forms.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/database-schema.ts';
import { STORED_FORMS, storedIdentityForm } from './stored-identity-form.ts';

export interface LogSearch {
  /** Rows searched. */
  readonly rows: number;
  /** Labels of the persons found, with the form found. */
  readonly found: readonly string[];
}

export async function identityNumbersInLog(
  db: Kysely<Database>, persons: readonly { readonly label: string; readonly digits: string }[],
): Promise<LogSearch> {
  const result = await sql<{ row: string }>`select l::text as row from processing_log l`.execute(db);
  const text = result.rows.map((row) => row.row).join('\n');
  const found = persons.flatMap((person) => STORED_FORMS
    .filter((form) => text.includes(storedIdentityForm(person.digits, form)))
    .map((form) => `${person.label} (${form})`));
  return { rows: result.rows.length, found };
}
