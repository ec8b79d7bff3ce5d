// The rows collected for a register extract, one part per dataset. Saving a part again replaces
// it, so a collection step that is repeated after a crash leaves one copy, not two.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';

/** One collected record: its values (as read) and the roles in which it concerns the person. */
export interface CollectedItem {
  readonly key: string;
  readonly values: Readonly<Record<string, string | null>>;
  /** Identity or reference fields the record matched. */
  readonly matchedBy: readonly string[];
  /** Subject category ids (e.g. insured, healthcare-professional). */
  readonly roles: readonly string[];
}

export interface ExtractPart {
  readonly dataset: string;
  readonly items: readonly CollectedItem[];
}

/**
 * Saves a dataset's part and marks its collection step done, in one statement (one round trip):
 * a data-modifying CTE, so both happen or neither does.
 */
export async function saveCollectedPart(db: Kysely<Database>, requestId: string, part: ExtractPart, stepName: string): Promise<void> {
  const detail = JSON.stringify({ items: part.items.length });
  await sql`with saved as (
      insert into extract_part (request_id, dataset, items) values (${requestId}, ${part.dataset}, ${JSON.stringify(part.items)}::jsonb)
      on conflict (request_id, dataset) do update set items = excluded.items, collected_at = now()
      returning request_id)
    insert into request_step (request_id, name, status, error_code, detail, updated_at)
    select request_id, ${stepName}, 'done', null, ${detail}::jsonb, now() from saved
    on conflict (request_id, name) do update
      set status = excluded.status, error_code = null, detail = excluded.detail, updated_at = excluded.updated_at`.execute(db);
}

export async function listExtractParts(db: Kysely<Database>, requestId: string): Promise<ExtractPart[]> {
  const rows = await db.selectFrom('extract_part').select(['dataset', 'items'])
    .where('request_id', '=', requestId).orderBy('dataset').execute();
  return rows.map((row) => ({ dataset: row.dataset, items: row.items as CollectedItem[] }));
}

/** Removes the collected copy once the request no longer needs it (it is personal data). */
export async function deleteExtractParts(db: Kysely<Database>, requestId: string): Promise<void> {
  await db.deleteFrom('extract_part').where('request_id', '=', requestId).execute();
}
