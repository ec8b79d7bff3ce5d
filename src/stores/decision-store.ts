// The decision (beslut) on a request: proposed by a case handler, approved by a granskare when it
// withholds or refuses anything. Its content (items, reasons, grounds) is sealed JSON.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { DecisionOutcome } from '../db/tables/request-tables.ts';

export type { DecisionOutcome };

export interface DecisionRecord {
  readonly requestId: string;
  readonly outcome: DecisionOutcome;
  readonly contentSealed: string;
  readonly proposedBy: string;
  readonly proposedAt: Date;
  readonly approvedBy: string | null;
  readonly approvedAt: Date | null;
}

/** Writes or replaces the proposal; a new proposal clears an earlier approval. */
export async function saveDecisionProposal(
  trx: Kysely<Database>, proposal: Omit<DecisionRecord, 'approvedBy' | 'approvedAt'>,
): Promise<void> {
  const values = {
    outcome: proposal.outcome, content_sealed: proposal.contentSealed, proposed_by: proposal.proposedBy,
    proposed_at: proposal.proposedAt, approved_by: null, approved_at: null,
  };
  await trx.insertInto('decision').values({ request_id: proposal.requestId, ...values })
    .onConflict((conflict) => conflict.column('request_id').doUpdateSet(values))
    .execute();
}

export async function approveDecisionRecord(trx: Kysely<Database>, requestId: string, by: string, at: Date): Promise<void> {
  await trx.updateTable('decision').set({ approved_by: by, approved_at: at }).where('request_id', '=', requestId).execute();
}

export async function findDecision(db: Kysely<Database>, requestId: string): Promise<DecisionRecord | undefined> {
  const row = await db.selectFrom('decision').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  if (!row) return undefined;
  return {
    requestId: row.request_id, outcome: row.outcome, contentSealed: row.content_sealed, proposedBy: row.proposed_by,
    proposedAt: row.proposed_at, approvedBy: row.approved_by, approvedAt: row.approved_at,
  };
}
