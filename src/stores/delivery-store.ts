// Deliveries of the outbox's letters (a delivery carries one or more letters of one request in one
// envelope or mailbox message), and the print items and batches of the postal way. A delivery's
// row records the channel chosen, why, and the receipt; the letters' own delivery status follows
// it in the same statement's transaction.
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { DeliveryChannel, DeliveryRecipient, DeliveryState, DeliveryTable } from '../db/tables/delivery-tables.ts';
import type { DeliveryReason, PostalRoute } from '../domain/delivery-choice.ts';

export type { DeliveryChannel, DeliveryRecipient, DeliveryState };

export interface DeliveryRecord {
  readonly id: string;
  readonly requestId: string;
  readonly status: DeliveryState;
  readonly channel: DeliveryChannel | null;
  readonly route: PostalRoute | null;
  readonly reason: DeliveryReason | null;
  readonly recipient: DeliveryRecipient;
  readonly operator: string | null;
  readonly transId: string | null;
  readonly mailboxAddress: string | null;
  readonly addressSource: string | null;
  readonly lastErrorCode: string | null;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly fallbackFrom: Date;
  readonly updatedAt: Date;
  readonly sentAt: Date | null;
}

function toRecord(row: Selectable<DeliveryTable>): DeliveryRecord {
  return {
    id: row.id, requestId: row.request_id, status: row.status, channel: row.channel, route: row.route, reason: row.reason,
    recipient: row.recipient, operator: row.operator, transId: row.trans_id, mailboxAddress: row.mailbox_address,
    addressSource: row.address_source, lastErrorCode: row.last_error_code, attempts: row.attempts, createdAt: row.created_at,
    fallbackFrom: row.fallback_from, updatedAt: row.updated_at, sentAt: row.sent_at,
  };
}

/** A new delivery of the given letters (which must be the request's and not yet in a delivery). */
export async function insertDelivery(
  trx: Kysely<Database>,
  delivery: { readonly id: string; readonly requestId: string; readonly recipient: DeliveryRecipient; readonly letterIds: readonly string[]; readonly at: Date },
): Promise<void> {
  await trx.insertInto('delivery').values({
    id: delivery.id, request_id: delivery.requestId, recipient: delivery.recipient, created_at: delivery.at, fallback_from: delivery.at,
    updated_at: delivery.at,
  }).execute();
  if (delivery.letterIds.length === 0) return;
  await trx.updateTable('letter').set({ delivery_id: delivery.id })
    .where('request_id', '=', delivery.requestId).where('id', 'in', [...delivery.letterIds]).where('delivery_id', 'is', null).execute();
}

export async function findDelivery(db: Kysely<Database>, id: string): Promise<DeliveryRecord | undefined> {
  const row = await db.selectFrom('delivery').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The delivery, locked for update until the transaction ends. */
export async function lockDelivery(trx: Kysely<Database>, id: string): Promise<DeliveryRecord | undefined> {
  const row = await trx.selectFrom('delivery').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/** The request's deliveries, oldest first. */
export async function listDeliveries(db: Kysely<Database>, requestId: string): Promise<DeliveryRecord[]> {
  const rows = await db.selectFrom('delivery').selectAll().where('request_id', '=', requestId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toRecord);
}

/** One letter of a request and how the delivery that carries it went (nothing personal: no address). */
export interface LetterDeliveryRecord {
  readonly letterId: string;
  readonly deliveryId: string;
  readonly status: DeliveryState;
  readonly channel: DeliveryChannel | null;
  readonly sentAt: Date | null;
}

/** The request's letters that are in a delivery, each with its delivery's state, oldest letter first. */
export async function listLetterDeliveries(db: Kysely<Database>, requestId: string): Promise<LetterDeliveryRecord[]> {
  const rows = await db.selectFrom('letter').innerJoin('delivery', 'delivery.id', 'letter.delivery_id')
    .select(['letter.id as letter_id', 'delivery.id as delivery_id', 'delivery.status', 'delivery.channel', 'delivery.sent_at'])
    .where('letter.request_id', '=', requestId).orderBy('letter.created_at').orderBy('letter.id').execute();
  return rows.map((row) => ({ letterId: row.letter_id, deliveryId: row.delivery_id, status: row.status, channel: row.channel, sentAt: row.sent_at }));
}

/** Deliveries of the request that waited for the person to be identified, pending again with their fallback time from now. */
export async function releaseHeldDeliveries(trx: Kysely<Database>, requestId: string, at: Date): Promise<string[]> {
  const rows = await trx.updateTable('delivery').set({ status: 'pending', fallback_from: at, updated_at: at })
    .where('request_id', '=', requestId).where('status', '=', 'held').returning('id').execute();
  return rows.map((row) => row.id);
}

export interface DeliveryLetter {
  readonly id: string;
  readonly kind: Selectable<Database['letter']>['kind'];
  readonly language: 'sv' | 'en';
  readonly contentSealed: string;
  readonly createdAt: Date;
}

/** The letters a delivery carries, in the order they were written. */
export async function deliveryLetters(db: Kysely<Database>, deliveryId: string): Promise<DeliveryLetter[]> {
  const rows = await db.selectFrom('letter').select(['id', 'kind', 'language', 'content_sealed', 'created_at'])
    .where('delivery_id', '=', deliveryId).orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, language: row.language, contentSealed: row.content_sealed, createdAt: row.created_at }));
}

export interface DeliveryChange {
  readonly status?: DeliveryState;
  readonly channel?: DeliveryChannel | null;
  readonly route?: PostalRoute | null;
  readonly reason?: DeliveryReason | null;
  readonly operator?: string | null;
  readonly transId?: string | null;
  readonly lastErrorCode?: string | null;
  readonly attempts?: number;
  readonly sentAt?: Date | null;
  readonly recipient?: DeliveryRecipient;
  readonly mailboxAddress?: string | null;
  readonly addressSource?: string | null;
  readonly fallbackFrom?: Date;
  readonly at: Date;
}

/** Updates the delivery; its letters' status follows (sent, failed, or pending again). */
export async function updateDelivery(trx: Kysely<Database>, id: string, change: DeliveryChange): Promise<void> {
  await trx.updateTable('delivery').set({
    status: change.status, channel: change.channel, route: change.route, reason: change.reason, operator: change.operator,
    trans_id: change.transId, last_error_code: change.lastErrorCode, attempts: change.attempts, sent_at: change.sentAt,
    recipient: change.recipient, mailbox_address: change.mailboxAddress, address_source: change.addressSource,
    fallback_from: change.fallbackFrom, updated_at: change.at,
  }).where('id', '=', id).execute();
  if (change.status !== undefined) {
    const status = change.status === 'held' ? 'pending' : change.status;
    await trx.updateTable('letter')
      .set({ delivery_status: status, delivered_at: status === 'sent' ? (change.sentAt ?? change.at) : null })
      .where('delivery_id', '=', id).execute();
  }
}

export interface NewPrintItem {
  readonly deliveryId: string;
  readonly route: PostalRoute;
  readonly pages: number;
  readonly sheets: number;
  readonly sha256: string;
  readonly at: Date;
}

/** Records a staged print file; a second record of the same delivery changes nothing. */
export async function insertPrintItem(trx: Kysely<Database>, item: NewPrintItem): Promise<void> {
  await trx.insertInto('print_item').values({
    delivery_id: item.deliveryId, route: item.route, pages: item.pages, sheets: item.sheets, sha256: item.sha256, staged_at: item.at,
  }).onConflict((conflict) => conflict.column('delivery_id').doNothing()).execute();
}

export interface PrintItemRecord {
  readonly deliveryId: string;
  readonly batchId: string | null;
  readonly route: PostalRoute;
  readonly pages: number;
  readonly sheets: number;
  readonly sha256: string;
  readonly stagedAt: Date;
}

type PrintItemRow = Selectable<Database['print_item']>;

function toPrintItem(row: PrintItemRow): PrintItemRecord {
  return {
    deliveryId: row.delivery_id, batchId: row.batch_id, route: row.route, pages: row.pages, sheets: row.sheets, sha256: row.sha256, stagedAt: row.staged_at,
  };
}

/**
 * Opens a batch of every staged print item not yet in one (up to `limit`), in one transaction;
 * returns undefined when there is nothing to batch.
 */
export async function openPrintBatch(db: Kysely<Database>, batchId: string, at: Date, limit: number): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const items = await trx.selectFrom('print_item').select('delivery_id').where('batch_id', 'is', null)
      .orderBy('staged_at').orderBy('delivery_id').limit(limit).forUpdate().skipLocked().execute();
    if (items.length === 0) return undefined;
    await trx.insertInto('print_batch').values({ id: batchId, status: 'assembling', items: items.length, created_at: at }).execute();
    await trx.updateTable('print_item').set({ batch_id: batchId }).where('delivery_id', 'in', items.map((item) => item.delivery_id)).execute();
    return batchId;
  });
}

/** Batches opened but not yet closed (a crash between opening and writing the manifest). */
export async function assemblingBatches(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('print_batch').select('id').where('status', '=', 'assembling').orderBy('created_at').execute();
  return rows.map((row) => row.id);
}

export async function batchItems(db: Kysely<Database>, batchId: string): Promise<PrintItemRecord[]> {
  const rows = await db.selectFrom('print_item').selectAll().where('batch_id', '=', batchId).orderBy('staged_at').orderBy('delivery_id').execute();
  return rows.map(toPrintItem);
}

export async function closePrintBatchRecord(db: Kysely<Database>, batchId: string, at: Date): Promise<void> {
  await db.updateTable('print_batch').set({ status: 'closed', closed_at: at }).where('id', '=', batchId).execute();
}

export async function findPrintItem(db: Kysely<Database>, deliveryId: string): Promise<PrintItemRecord | undefined> {
  const row = await db.selectFrom('print_item').selectAll().where('delivery_id', '=', deliveryId).executeTakeFirst();
  return row ? toPrintItem(row) : undefined;
}
