// OpenID Connect login flows (login_flow): what the callback needs to verify the answer (state,
// nonce, PKCE verifier) and where to go afterwards. Taken exactly once: the row is deleted as it
// is read, so a replayed callback finds nothing.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { SessionKind } from '../db/tables/web-tables.ts';

export interface LoginFlowRecord {
  readonly state: string;
  readonly kind: SessionKind;
  readonly nonce: string;
  readonly codeVerifier: string;
  readonly returnTo: string;
  readonly createdAt: Date;
}

export async function insertLoginFlow(db: Kysely<Database>, flow: LoginFlowRecord): Promise<void> {
  await db.insertInto('login_flow').values({
    state: flow.state, kind: flow.kind, nonce: flow.nonce, code_verifier: flow.codeVerifier,
    return_to: flow.returnTo, created_at: flow.createdAt,
  }).execute();
}

/** Deletes and returns the flow; undefined when unknown or already taken. */
export async function takeLoginFlow(db: Kysely<Database>, state: string): Promise<LoginFlowRecord | undefined> {
  const row = await db.deleteFrom('login_flow').where('state', '=', state).returningAll().executeTakeFirst();
  return row && {
    state: row.state, kind: row.kind, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to, createdAt: row.created_at,
  };
}

/** Deletes flows started before `before` (abandoned logins); returns how many. */
export async function deleteLoginFlowsBefore(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db.deleteFrom('login_flow').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
