// Table types of the web sessions, OpenID Connect login flows and rate-limit windows (stores/).
import type { ColumnType } from 'kysely';

export type SessionKind = 'citizen' | 'staff';

export interface WebSessionTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  readonly id_hash: ColumnType<string, string, never>;
  readonly kind: ColumnType<SessionKind, SessionKind, never>;
  /** Keyed hash of the citizen's personnummer (or foreign eID), null for staff. */
  readonly subject_key: ColumnType<string | null, string | null, never>;
  /** Sealed JSON of the login's identity (audit/subject-sealer.ts). */
  readonly identity_sealed: ColumnType<string, string, never>;
  readonly roles: ColumnType<readonly string[], string, never>;
  readonly csrf_token: ColumnType<string, string, never>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly last_seen_at: Date;
  readonly expires_at: ColumnType<Date, Date, never>;
}

export interface LoginFlowTable {
  readonly state: ColumnType<string, string, never>;
  readonly kind: ColumnType<SessionKind, SessionKind, never>;
  readonly nonce: ColumnType<string, string, never>;
  readonly code_verifier: ColumnType<string, string, never>;
  readonly return_to: ColumnType<string, string, never>;
  readonly created_at: ColumnType<Date, Date, never>;
}

export interface RateWindowTable {
  readonly key: string;
  readonly window_start: Date;
  readonly hits: number;
}

export interface WebTables {
  readonly web_session: WebSessionTable;
  readonly login_flow: LoginFlowTable;
  readonly rate_window: RateWindowTable;
}
