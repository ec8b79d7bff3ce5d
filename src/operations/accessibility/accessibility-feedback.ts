// The accessibility statement's feedback function (meddelandefunktion, lag (2018:1937)): a visitor
// sends a message about the website's accessibility without logging in; staff with the
// administrator role read the messages in the console. Every submission counts against the sender's
// network address (the public forms' limit), also one with problems. The message, the page and the
// contact details are sealed bound to the row's id; the address is never stored.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { insertAccessibilityFeedback, latestAccessibilityFeedback } from '../../stores/accessibility-feedback-store.ts';
import { deleteRateWindowsBefore } from '../../stores/rate-limit-store.ts';
import type { RateLimitCheck } from '../auth/rate-limiter.ts';
import type { StaffRole } from '../auth/web-identity.ts';
import { checkFeedbackForm, type FeedbackContact, type FeedbackForm, type FeedbackProblem } from './feedback-form.ts';

/** Who reads the feedback: it may hold contact details, and acting on it is the website owner's task. */
export const FEEDBACK_READER_ROLES: readonly StaffRole[] = ['administrator'];

export interface AccessibilityFeedbackDependencies {
  readonly db: Kysely<Database>;
  readonly sealer: ContentSealer;
  readonly clock: () => Date;
  /** The public forms' rate limit (operations/auth/rate-limiter.ts), counted per network address. */
  readonly rateLimit: RateLimitCheck;
}

export interface FeedbackEntry {
  readonly id: string;
  readonly receivedAt: Date;
  readonly language: 'sv' | 'en';
  readonly message: string;
  readonly page: string | null;
  readonly contact: FeedbackContact | null;
}

export type FeedbackOutcome = { readonly id: string; readonly problems?: undefined } | { readonly id?: undefined; readonly problems: readonly FeedbackProblem[] };

export interface AccessibilityFeedbackService {
  /** RATE_LIMITED over the address's limit; the form's problems when it is incomplete; else stored. */
  submit(form: FeedbackForm, client: { readonly address: string; readonly language: 'sv' | 'en' }): Promise<FeedbackOutcome>;
  /** The newest `limit` messages (default 200), newest first; ROLE_REQUIRED without a reader role. */
  latest(viewer: { readonly roles: readonly string[] }, limit?: number): Promise<{ readonly entries: readonly FeedbackEntry[]; readonly total: number }>;
}

interface SealedMessage {
  readonly message: string;
  readonly page: string | null;
}

const PRUNE_EVERY_MS = 60_000;

export function createAccessibilityFeedback(deps: AccessibilityFeedbackDependencies): AccessibilityFeedbackService {
  let lastPrune = Number.NEGATIVE_INFINITY;
  // Windows older than the last minute count for nothing; drop them now and then, as the logins' housekeeping does.
  const pruneWindows = async (now: Date) => {
    if (Math.abs(now.getTime() - lastPrune) < PRUNE_EVERY_MS) return;
    lastPrune = now.getTime();
    await deleteRateWindowsBefore(deps.db, new Date(now.getTime() - 2 * 60_000));
  };

  return Object.freeze({
    async submit(form: FeedbackForm, client: { readonly address: string; readonly language: 'sv' | 'en' }): Promise<FeedbackOutcome> {
      const receivedAt = deps.clock();
      await pruneWindows(receivedAt);
      await deps.rateLimit({ address: client.address });
      const checked = checkFeedbackForm(form);
      if (!checked.input) return { problems: checked.problems };
      const id = randomUUID();
      const sealed: SealedMessage = { message: checked.input.message, page: checked.input.page };
      await insertAccessibilityFeedback(deps.db, {
        id, receivedAt, language: client.language, messageSealed: deps.sealer.sealJson(sealed, id),
        contactSealed: checked.input.contact ? deps.sealer.sealJson(checked.input.contact, id) : null,
      });
      return { id };
    },

    async latest(viewer: { readonly roles: readonly string[] }, limit = 200) {
      if (!FEEDBACK_READER_ROLES.some((role) => viewer.roles.includes(role))) throw new InsynError('ROLE_REQUIRED', 'reading accessibility feedback');
      const { rows, total } = await latestAccessibilityFeedback(deps.db, limit);
      const entries = rows.map((row): FeedbackEntry => {
        const { message, page } = deps.sealer.openJson<SealedMessage>(row.messageSealed, row.id);
        const contact = row.contactSealed === null ? null : deps.sealer.openJson<FeedbackContact>(row.contactSealed, row.id);
        return { id: row.id, receivedAt: row.receivedAt, language: row.language, message, page, contact };
      });
      return { entries, total };
    },
  });
}
