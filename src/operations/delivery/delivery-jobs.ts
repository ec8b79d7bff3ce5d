// The durable jobs of delivery: `delivery.send` sends one delivery (retried with backoff while the
// mailbox service fails, by post after the fallback time), and `delivery.print-batch`, once an
// hour, gathers the staged print files into a batch for the print and mail vendor. A delivery
// whose job fails for good is marked failed and its request gets an alert in the timeline.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { HOUR_MS, scheduleHourly } from '../../engine/schedule-hourly.ts';
import { defineJob, type JobDefinition } from '../../engine/job-definition.ts';
import { errorCode, isPermanentError } from '../../engine/run-job.ts';
import { closePrintBatch, manifestItem, removeStagedPrintFile, stagedPrintIds } from '../../delivery/post/print-batch.ts';
import {
  assemblingBatches, batchItems, closePrintBatchRecord, findDelivery, findPrintItem, lockDelivery, openPrintBatch, updateDelivery,
} from '../../stores/delivery-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { DELIVERY_ACTOR, deliverLetters, type DeliveryDependencies } from './deliver-letters.ts';
import { DELIVERY_JOB } from './schedule-delivery.ts';
import { isUuid } from '../../domain/uuid.ts';

export const PRINT_BATCH_JOB = 'delivery.print-batch';
const BATCH_LIMIT = 5000;

function parseDeliveryPayload(payload: unknown): { deliveryId: string } {
  const deliveryId = (payload as { deliveryId?: unknown } | null)?.deliveryId;
  if (typeof deliveryId !== 'string' || deliveryId === '') throw new InsynError('VALIDATION_FAILED', 'deliveryId');
  return { deliveryId };
}

/**
 * Deliveries still pending or held whose every job has ended (a worker died on the last attempt, so
 * the engine failed the job without running it): failed with the job's code and an alert, so that
 * none waits unseen.
 */
export async function failAbandonedDeliveries(db: Kysely<Database>, at: Date): Promise<number> {
  const rows = await sql<{ id: string; code: string | null }>`
    select d.id, (select j.last_error_code from job j where j.idempotency_key like 'deliver:' || d.id || '%'
                  order by j.id desc limit 1) as code
    from delivery d
    where d.status = 'pending'
      and not exists (select 1 from job j where j.idempotency_key like 'deliver:' || d.id || '%' and j.status in ('pending', 'running'))`.execute(db);
  for (const row of rows.rows) await markFailed(db, row.id, row.code ?? 'JOB_ABANDONED', at);
  return rows.rows.length;
}

/** A delivery whose job gave up: failed, with the code, and an alert on its request. */
async function markFailed(db: Kysely<Database>, deliveryId: string, code: string, at: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await lockDelivery(trx, deliveryId);
    if (!current || current.status === 'sent' || current.status === 'failed') return;
    await updateDelivery(trx, deliveryId, { status: 'failed', lastErrorCode: code, at });
    await appendRequestEvent(trx, { requestId: current.requestId, at, actor: DELIVERY_ACTOR, kind: 'delivery-failed', detail: { delivery: deliveryId, code } });
  });
}

export function deliveryJob(deps: DeliveryDependencies): JobDefinition<{ deliveryId: string }> {
  return defineJob({
    kind: DELIVERY_JOB,
    version: 1,
    parsePayload: parseDeliveryPayload,
    async run(context, payload) {
      try {
        await deliverLetters(deps, payload.deliveryId, context.step);
      } catch (error) {
        // The job ends here (its last attempt, or an error no retry mends): the delivery says so.
        if (context.lastAttempt || isPermanentError(error)) {
          // The original error is what the job records; marking the delivery is best effort (the hourly sweep retries it).
          await markFailed(deps.db, payload.deliveryId, errorCode(error), deps.clock()).catch(() => undefined);
        }
        throw error;
      }
    },
  });
}

export interface PrintBatchDependencies {
  readonly db: Kysely<Database>;
  readonly printDir: string;
  readonly clock: () => Date;
}

/** `20261129-1830-a1b2c3`: sortable, unique, nothing personal. */
function batchId(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').slice(0, 13).replace('T', '-');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

async function finishBatch(deps: PrintBatchDependencies, id: string): Promise<number> {
  const items = await batchItems(deps.db, id);
  await closePrintBatch(deps.printDir, id, items.map((item) => manifestItem(item.deliveryId, item.route === 'forwarding' ? 'forwarding' : 'single', item)));
  await closePrintBatchRecord(deps.db, id, deps.clock());
  return items.length;
}

/**
 * Staged files whose delivery went another way (a retry found the mailbox, or the delivery failed
 * or is gone) hold a name and address or a personnummer and will never be printed: removed. A
 * file of a delivery still pending stays (its attempt may be about to record it).
 */
async function removeOrphanedPrintFiles(deps: PrintBatchDependencies): Promise<void> {
  for (const id of await stagedPrintIds(deps.printDir)) {
    if (!isUuid(id)) continue;
    // The delivery first, the print item second: a post send that commits in between is seen by the second read.
    const delivery = await findDelivery(deps.db, id);
    if (delivery && delivery.status !== 'sent' && delivery.status !== 'failed') continue;
    if (await findPrintItem(deps.db, id)) continue;
    await removeStagedPrintFile(deps.printDir, id);
  }
}

/**
 * Closes batches left half-done, then batches every staged print file; returns the batch ids.
 * One batch that cannot be closed (a file missing or changed) does not stop the others: the run
 * ends with its error afterwards, so the job retries it and its row shows the code.
 */
export async function closePrintBatches(deps: PrintBatchDependencies): Promise<string[]> {
  const closed: string[] = [];
  let failure: unknown;
  const finish = async (id: string) => {
    try {
      await finishBatch(deps, id);
      closed.push(id);
    } catch (error) {
      failure ??= error;
    }
  };
  for (const id of await assemblingBatches(deps.db)) await finish(id);
  await removeOrphanedPrintFiles(deps);
  await failAbandonedDeliveries(deps.db, deps.clock());
  for (;;) {
    const id = await openPrintBatch(deps.db, batchId(deps.clock()), deps.clock(), BATCH_LIMIT);
    if (!id) break;
    await finish(id);
  }
  if (failure !== undefined) throw failure;
  return closed;
}

/** Enqueues the run of the hour `at` falls in (nothing new when it is there already). */
export async function schedulePrintBatches(db: Kysely<Database>, at: Date): Promise<void> {
  await scheduleHourly(db, PRINT_BATCH_JOB, at);
}

export function printBatchJob(deps: PrintBatchDependencies): JobDefinition<Record<string, never>> {
  return defineJob({
    kind: PRINT_BATCH_JOB,
    version: 1,
    parsePayload: () => ({}),
    async run() {
      // The next hour's run first, so that a failing run never ends the chain.
      await schedulePrintBatches(deps.db, new Date(deps.clock().getTime() + HOUR_MS));
      await closePrintBatches(deps);
    },
  });
}
