// Table types of the Art. 19 outbox: notifications to recipients (stores/recipient-notification-store.ts).
import type { ColumnType } from 'kysely';
import type { NotifiedChange } from '../../domain/restriction.ts';

export type NotificationKind = NotifiedChange;
export type NotificationStatus = 'pending' | 'sent' | 'failed';

export interface RecipientNotificationTable {
  readonly id: ColumnType<string, string, never>;
  readonly request_id: ColumnType<string | null, string | null, never>;
  /** The catalog recipient's id. */
  readonly recipient: ColumnType<string, string, never>;
  readonly kind: ColumnType<NotificationKind, NotificationKind, never>;
  /** JSON array of qualified dataset ids (system.dataset). */
  readonly datasets: ColumnType<string, string, never>;
  /** JSON array of field names; never values. */
  readonly fields: ColumnType<string, string, never>;
  /** The person's normalised identity number, sealed and bound to the row's id. */
  readonly subject_sealed: ColumnType<string, string, never>;
  readonly status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  readonly attempts: ColumnType<number, never, number>;
  readonly last_error_code: ColumnType<string | null, never, string | null>;
  readonly channel: ColumnType<string | null, never, string>;
  readonly receipt: ColumnType<string | null, never, string>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly sent_at: ColumnType<Date | null, never, Date>;
  readonly failed_at: ColumnType<Date | null, never, Date>;
}

export interface NotificationTables {
  readonly recipient_notification: RecipientNotificationTable;
}
