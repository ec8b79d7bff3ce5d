// Web sessions: a random 32-byte token in the browser's cookie, only its SHA-256 in the database;
// the identity sealed; a CSRF token per session. A session ends after `idleMinutes` without a
// request or `maxHours` after login, whichever comes first; activity is written at most once a
// minute. Logout deletes the row.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { Database } from '../../db/database-schema.ts';
import { deleteWebSession, findWebSession, insertWebSession, touchWebSession, type WebSessionRecord } from '../../stores/session-store.ts';
import type { CitizenIdentity, StaffIdentity } from './web-identity.ts';

export type WebSession =
  | {
    readonly kind: 'citizen';
    readonly identity: CitizenIdentity;
    /** Keyed hash of the personnummer, or of `foreign:<id>` for a foreign eID. */
    readonly subjectKey: string;
    readonly csrfToken: string;
    readonly createdAt: Date;
    readonly expiresAt: Date;
  }
  | {
    readonly kind: 'staff';
    readonly identity: StaffIdentity;
    readonly csrfToken: string;
    readonly createdAt: Date;
    readonly expiresAt: Date;
  };

export type NewSession =
  | { readonly kind: 'citizen'; readonly identity: CitizenIdentity; readonly subjectKey: string }
  | { readonly kind: 'staff'; readonly identity: StaffIdentity };

export interface WebSessionsOptions {
  readonly db: Kysely<Database>;
  readonly sealer: ContentSealer;
  readonly idleMinutes: number;
  readonly maxHours: number;
  readonly clock: () => Date;
}

export interface WebSessions {
  /** Stores the session; returns the token for the cookie (never stored). */
  create(session: NewSession): Promise<{ readonly token: string; readonly session: WebSession }>;
  /** The live session for the cookie's token, or undefined (unknown, idle too long, past its end: then deleted). */
  resume(token: string): Promise<WebSession | undefined>;
  end(token: string): Promise<void>;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

function open(record: WebSessionRecord, sealer: ContentSealer): WebSession {
  const times = { csrfToken: record.csrfToken, createdAt: record.createdAt, expiresAt: record.expiresAt };
  const identity: unknown = sealer.openJson(record.identitySealed, record.idHash);
  if (record.kind === 'citizen') return Object.freeze({ kind: 'citizen', identity: identity as CitizenIdentity, subjectKey: record.subjectKey ?? '', ...times });
  return Object.freeze({ kind: 'staff', identity: identity as StaffIdentity, ...times });
}

export function createWebSessions(options: WebSessionsOptions): WebSessions {
  const { db, sealer, clock } = options;
  const idleMs = options.idleMinutes * 60_000;
  return Object.freeze({
    async create(session: NewSession) {
      const token = randomBytes(32).toString('base64url');
      const now = clock();
      const record: WebSessionRecord = {
        idHash: hashToken(token), kind: session.kind, subjectKey: session.kind === 'citizen' ? session.subjectKey : null,
        identitySealed: sealer.sealJson(session.identity, hashToken(token)),
        roles: session.kind === 'staff' ? session.identity.roles : [],
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + options.maxHours * 3_600_000),
      };
      await insertWebSession(db, record);
      return { token, session: open(record, sealer) };
    },
    async resume(token: string) {
      if (!TOKEN.test(token)) return undefined;
      const idHash = hashToken(token);
      const record = await findWebSession(db, idHash);
      if (!record) return undefined;
      const now = clock().getTime();
      if (now >= record.expiresAt.getTime() || now - record.lastSeenAt.getTime() >= idleMs) {
        await deleteWebSession(db, idHash);
        return undefined;
      }
      if (now - record.lastSeenAt.getTime() >= TOUCH_EVERY_MS) await touchWebSession(db, idHash, new Date(now));
      return open(record, sealer);
    },
    async end(token: string) {
      if (TOKEN.test(token)) await deleteWebSession(db, hashToken(token));
    },
  });
}
