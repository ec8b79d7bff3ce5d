// Table types of deliveries and print batches (stores/delivery-store.ts); the kinds are the domain's.
import type { ColumnType } from 'kysely';
import type { DeliveryReason, PostalRoute } from '../../domain/delivery-choice.ts';

export type DeliveryState = 'pending' | 'held' | 'sent' | 'failed';
export type DeliveryChannel = 'mailbox' | 'post';
export type DeliveryRecipient = 'subject' | 'representative';

export interface DeliveryTable {
  readonly id: ColumnType<string, string, never>;
  readonly request_id: ColumnType<string, string, never>;
  readonly status: ColumnType<DeliveryState, DeliveryState | undefined, DeliveryState>;
  readonly channel: DeliveryChannel | null;
  readonly route: PostalRoute | null;
  readonly reason: DeliveryReason | null;
  readonly recipient: ColumnType<DeliveryRecipient, DeliveryRecipient | undefined, DeliveryRecipient>;
  /** The mailbox operator's name (not personal data). */
  readonly operator: string | null;
  /** The operator's receipt id. */
  readonly trans_id: string | null;
  /**
   * The operator address a mailbox send went to without a definite answer (a timeout, a lost
   * answer): the operator may hold the message, so the same message is sent there again, never post.
   */
  readonly mailbox_address: string | null;
  /** Where a postal address came from: the population register's dataset (R27). */
  readonly address_source: string | null;
  readonly last_error_code: string | null;
  readonly attempts: ColumnType<number, number | undefined, number>;
  readonly created_at: ColumnType<Date, Date, never>;
  /** The fallback time runs from here: written, or identified after being held. */
  readonly fallback_from: Date;
  readonly updated_at: Date;
  readonly sent_at: Date | null;
}

export interface PrintBatchTable {
  readonly id: ColumnType<string, string, never>;
  readonly status: 'assembling' | 'closed';
  readonly items: ColumnType<number, number, never>;
  readonly created_at: ColumnType<Date, Date, never>;
  readonly closed_at: Date | null;
}

export interface PrintItemTable {
  readonly delivery_id: ColumnType<string, string, never>;
  readonly batch_id: string | null;
  readonly route: ColumnType<PostalRoute, PostalRoute, never>;
  readonly pages: ColumnType<number, number, never>;
  readonly sheets: ColumnType<number, number, never>;
  readonly sha256: ColumnType<string, string, never>;
  readonly staged_at: ColumnType<Date, Date, never>;
}

export interface DeliveryTables {
  readonly delivery: DeliveryTable;
  readonly print_batch: PrintBatchTable;
  readonly print_item: PrintItemTable;
}
