// The rows collected for a register extract, one part per dataset. Saving a part again replaces
// it, so a collection step that is repeated after a crash leaves one copy, not two.
import type { Kysely } from 'kysely';
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

export async function saveExtractPart(db: Kysely<Database>, requestId: string, part: ExtractPart): Promise<void> {
  const items = JSON.stringify(part.items);
  await db.insertInto('extract_part').values({ request_id: requestId, dataset: part.dataset, items })
    .onConflict((conflict) => conflict.columns(['request_id', 'dataset']).doUpdateSet({ items, collected_at: new Date() }))
    .execute();
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
