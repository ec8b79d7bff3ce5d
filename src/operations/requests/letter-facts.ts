// What a letter on the outbox says, as facts: kind, case number, dates (Swedish calendar days,
// YYYY-MM-DD) and the letter's own content. Sealed in the letter row; the letter templates
// (documents/letters) turn facts into text when the letter is read or sent, in its language.
import type { Decision } from '../../domain/decision.ts';
import type { ExtensionReason, RequestChannel, RequesterKind, RequestRight } from '../../stores/request-store.ts';

interface LetterBase {
  readonly caseNumber: string;
  /** The letter's date. */
  readonly date: string;
  readonly right: RequestRight;
}

export type LetterFacts =
  | LetterBase & {
    readonly kind: 'acknowledgement';
    readonly channel: RequestChannel;
    readonly receivedDay: string;
    readonly dueDay: string;
    readonly representative: Exclude<RequesterKind, 'self'> | null;
    /** A foreign eID request waits for a case handler to identify the person. */
    readonly matching: boolean;
  }
  | LetterBase & {
    readonly kind: 'duplicate';
    readonly dueDay: string;
    readonly earlierCaseNumber: string;
    readonly earlierStatus: 'open' | 'answered';
    readonly earlierAnsweredDay: string | null;
  }
  | LetterBase & {
    readonly kind: 'extension';
    readonly receivedDay: string;
    readonly originalDueDay: string;
    readonly newDueDay: string;
    readonly reason: ExtensionReason;
    readonly reasons: string;
  }
  | LetterBase & {
    readonly kind: 'supplement';
    /** What the person is asked to add. */
    readonly question: string;
    readonly dueDay: string;
  }
  | LetterBase & {
    readonly kind: 'decision';
    readonly decision: Decision;
    readonly extractEnclosed: boolean;
  };
