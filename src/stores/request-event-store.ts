// The timeline of a request: every transition, letter and decision, with who did it. Holds no
// personal data (details are codes and numbers); the processing log holds the same changes
// hash-chained, this table is what the console shows.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { RequestStatus } from '../db/tables/request-tables.ts';

export type TimelineDetail = Readonly<Record<string, string | number | boolean>>;

export interface NewRequestEvent {
  readonly requestId: string;
  readonly at: Date;
  readonly actor: string;
  /** registered, transition, extended, paused, resumed, letter, decision-proposed, decision-approved, … */
  readonly kind: string;
  readonly from?: RequestStatus | null;
  readonly to?: RequestStatus | null;
  readonly detail?: TimelineDetail;
}

export interface RequestEvent extends Required<Omit<NewRequestEvent, 'detail'>> {
  readonly id: number;
  readonly detail: TimelineDetail;
}

export async function appendRequestEvent(trx: Kysely<Database>, event: NewRequestEvent): Promise<void> {
  await trx.insertInto('request_event').values({
    request_id: event.requestId, at: event.at, actor: event.actor, kind: event.kind,
    from_status: event.from ?? null, to_status: event.to ?? null, detail: JSON.stringify(event.detail ?? {}),
  }).execute();
}

export async function listRequestEvents(db: Kysely<Database>, requestId: string): Promise<RequestEvent[]> {
  const rows = await db.selectFrom('request_event').selectAll().where('request_id', '=', requestId).orderBy('id').execute();
  return rows.map((row) => ({
    id: Number(row.id), requestId: row.request_id, at: row.at, actor: row.actor, kind: row.kind,
    from: row.from_status, to: row.to_status, detail: row.detail,
  }));
}
