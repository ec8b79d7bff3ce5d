// Table types of the accessibility feedback (meddelandefunktion, stores/accessibility-feedback-store.ts).
import type { ColumnType } from 'kysely';

export interface AccessibilityFeedbackTable {
  readonly id: ColumnType<string, string, never>;
  readonly received_at: ColumnType<Date, Date, never>;
  /** The language of the page the form was sent from ('sv' or 'en'): the language to answer in. */
  readonly language: ColumnType<string, string, never>;
  /** Sealed JSON {message, page}, bound to the row's id: free text that may hold anything. */
  readonly message_sealed: ColumnType<string, string, never>;
  /** Sealed JSON {name, email, phone}, bound to the row's id; null when the sender wants no answer. */
  readonly contact_sealed: ColumnType<string | null, string | null, never>;
}

export interface AccessibilityFeedbackTables {
  readonly accessibility_feedback: AccessibilityFeedbackTable;
}
