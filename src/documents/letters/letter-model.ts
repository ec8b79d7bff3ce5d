// The letters of a case as data: what operations store (sealed) on the outbox and what
// letterOutline turns into a document. Codes, dates and the case handler's own words only; the
// fixed texts come from the *-texts.ts files in the letter's language. No personnummer, name or
// address: delivery adds the address when the letter is sent. Dates are ISO strings
// (timestamps are read as Swedish days; a plain YYYY-MM-DD is that day), so the model survives JSON.
import type { ExtensionReason, RequestChannel, RequestRight } from '../../domain/request-kinds.ts';
import type { Decision } from '../../domain/decision.ts';

export type LetterLanguage = 'sv' | 'en';

interface LetterBase {
  /** The case number (diarienummer), e.g. "DSR 2026/000123". */
  readonly caseNumber: string;
  /** The letter's date: ISO timestamp from the injected clock. */
  readonly date: string;
  /** Default 'sv'. */
  readonly language?: LetterLanguage;
  /** The right the request invokes. */
  readonly right: RequestRight;
  /** When the request was received (ISO). */
  readonly receivedAt: string;
}

/** R04: sent as soon as the request is registered: what happens next and by when. */
export interface AcknowledgementLetter extends LetterBase {
  readonly kind: 'acknowledgement';
  readonly channel: RequestChannel;
  /** The due date (end of the due day, ISO). */
  readonly dueAt: string;
  /** Where the answer goes (R09): digital mailbox / e-service, or post to the population-register address. */
  readonly answerFormat: 'electronic' | 'paper';
}

/** R03: the deadline extended by up to two months, with reasons, sent within the first month. */
export interface ExtensionLetter extends LetterBase {
  readonly kind: 'extension';
  readonly originalDueAt: string;
  readonly newDueAt: string;
  readonly reason: ExtensionReason;
  /** The case handler's reasons, in the letter's language. */
  readonly reasons: string;
}

/** What the person is asked to add to an unclear request. */
export type SupplementNeed = 'which-data' | 'context' | 'proposed-correction' | 'objection-grounds' | 'representation-proof';

/** The request is paused until the person supplements it. */
export interface SupplementLetter extends LetterBase {
  readonly kind: 'supplement';
  readonly needs: readonly SupplementNeed[];
  /** Anything else the case handler asks for, in the letter's language. */
  readonly details?: string;
  /** The day we would like the answer by (ISO), if any. */
  readonly answerBy?: string;
}

/** A request that duplicates an open one or one answered recently. */
export interface DuplicateLetter extends LetterBase {
  readonly kind: 'duplicate';
  readonly earlierCaseNumber: string;
  readonly earlier:
    | { readonly status: 'open'; readonly dueAt: string }
    | { readonly status: 'answered'; readonly answeredAt: string };
}

/** R06/R46: the decision, always with the appeal and the IMY complaint blocks. */
export interface DecisionLetter extends LetterBase {
  readonly kind: 'decision';
  readonly decision: Decision;
  /** When the granskare approved it (ISO); absent when no approval was needed, then the letter's date is the decision date. */
  readonly approvedAt?: string;
  /** A register extract goes with the decision. */
  readonly extractEnclosed: boolean;
}

/** One thing the decision said would be done, and whether it was. */
export interface ReceiptItem {
  /** What was decided, in the letter's language (as in the decision). */
  readonly description: string;
  /** The system where it was done (its name in the letter's language). */
  readonly system: string;
  /** done: corrected, completed, erased or restricted; kept: the decision kept it; not-done: it could not be done. */
  readonly outcome: 'done' | 'kept' | 'not-done';
  /** Why an item was not done, in the letter's language. */
  readonly reasons?: string;
}

/** Issue 6: what the decision's changes did in the source systems, and which recipients were told (Art. 19). */
export interface ReceiptLetter extends LetterBase {
  readonly kind: 'receipt';
  /** The decision's date (ISO). */
  readonly decidedAt: string;
  readonly items: readonly ReceiptItem[];
  /** Names of the recipients told of the changes, in the letter's language. */
  readonly notified: readonly string[];
}

export type LetterModel = AcknowledgementLetter | ExtensionLetter | SupplementLetter | DuplicateLetter | DecisionLetter | ReceiptLetter;

export function letterLanguage(model: LetterModel): LetterLanguage {
  return model.language ?? 'sv';
}
