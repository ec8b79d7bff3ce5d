// Web sessions (web_session): one row per logged-in browser, found by the SHA-256 of the
// cookie's token. The identity is sealed before it gets here; this store never sees it in clear.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { SessionKind } from '../db/tables/web-tables.ts';

export interface WebSessionRecord {
  readonly idHash: string;
  readonly kind: SessionKind;
  readonly subjectKey: string | null;
  readonly identitySealed: string;
  readonly roles: readonly string[];
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly lastSeenAt: Date;
  /** The absolute end, however active the session is. */
  readonly expiresAt: Date;
}

export async function insertWebSession(db: Kysely<Database>, record: WebSessionRecord): Promise<void> {
  await db.insertInto('web_session').values({
    id_hash: record.idHash, kind: record.kind, subject_key: record.subjectKey, identity_sealed: record.identitySealed,
    roles: JSON.stringify(record.roles), csrf_token: record.csrfToken,
    created_at: record.createdAt, last_seen_at: record.lastSeenAt, expires_at: record.expiresAt,
  }).execute();
}

export async function findWebSession(db: Kysely<Database>, idHash: string): Promise<WebSessionRecord | undefined> {
  const row = await db.selectFrom('web_session').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  return row && {
    idHash: row.id_hash, kind: row.kind, subjectKey: row.subject_key, identitySealed: row.identity_sealed,
    roles: row.roles, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at,
  };
}

/** Records activity; a no-op when the session was deleted meanwhile. */
export async function touchWebSession(db: Kysely<Database>, idHash: string, at: Date): Promise<void> {
  await db.updateTable('web_session').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
}

/** True when there was such a session. */
export async function deleteWebSession(db: Kysely<Database>, idHash: string): Promise<boolean> {
  const result = await db.deleteFrom('web_session').where('id_hash', '=', idHash).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Deletes sessions past their absolute end or idle since before `idleBefore`; returns how many. */
export async function deleteExpiredWebSessions(db: Kysely<Database>, now: Date, idleBefore: Date): Promise<number> {
  const result = await db.deleteFrom('web_session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<', idleBefore)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
