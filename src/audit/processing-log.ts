// The processing log: every processing of personal data is appended here before it happens
// (no event, no access) and its outcome after. Appends are batched (group commit), hash-chained
// per chain under a key the database never holds, and sealed by Ed25519-signed checkpoints
// written every few seconds and on close — each after verifying what it seals. See
// docs/processing-log.md for what this guarantees.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { createGroupCommit } from '../lib/group-commit.ts';
import type { ChainHashKeys } from './chain-hash-keys.ts';
import type { CheckpointSigner } from './checkpoint-signer.ts';
import { assertValidEvent, type ProcessingEventInput, type StoredEvent } from './processing-event.ts';
import { createCheckpointer } from './write-checkpoints.ts';
import { writeEvents, type PendingEvent } from './write-events.ts';

export interface ProcessingLogOptions {
  readonly db: Kysely<Database>;
  readonly signer: CheckpointSigner;
  /** The chain-hash keys (never stored in the database); events are hashed under the current one. */
  readonly hashKeys: ChainHashKeys;
  /** Most events per group-commit transaction (default 500). */
  readonly batchMaxEvents?: number;
  /** Longest an event waits for companions when the log is idle (default 2 ms). */
  readonly batchMaxDelayMs?: number;
  /** How often chains that advanced are sealed by a checkpoint (default 5,000 ms; 0 turns the timer off). */
  readonly checkpointIntervalMs?: number;
  /** Where a failed background checkpoint is reported (default: a process warning). */
  readonly onBackgroundError?: (error: unknown) => void;
  /** The time events are stamped with (default: now). Must have millisecond precision at most. */
  readonly clock?: () => Date;
}

export interface ProcessingLog {
  /** Resolves once the events are committed; rejects with AUDIT_WRITE_FAILED otherwise. */
  append(events: readonly ProcessingEventInput[]): Promise<StoredEvent[]>;
  /**
   * Writes the events inside the caller's transaction, so that a change to Insyn's own tables and
   * its event commit together. Holds the chains' head locks until that transaction ends: keep it
   * short and call this once per transaction.
   */
  appendInTransaction(trx: Transaction<Database>, events: readonly ProcessingEventInput[]): Promise<StoredEvent[]>;
  /**
   * Seals every chain that advanced since its last checkpoint, after verifying each one's events
   * since then; resolves to the number written. A chain that does not verify is not sealed, and
   * AUDIT_TAMPERED is thrown after the others are.
   */
  checkpoint(): Promise<number>;
  /** Resolves when every append so far has been written or has failed. */
  flush(): Promise<void>;
  /** Refuses further appends, writes the pending ones and a final checkpoint. Leaves the database open. */
  close(): Promise<void>;
}

function pending(events: readonly ProcessingEventInput[], occurredAt: Date): PendingEvent[] {
  return events.map((input) => {
    assertValidEvent(input);
    return { input, occurredAt };
  });
}

function writeFailed(error: unknown): InsynError {
  return error instanceof InsynError && error.code === 'AUDIT_WRITE_FAILED'
    ? error : new InsynError('AUDIT_WRITE_FAILED', undefined, { cause: error });
}

function warn(error: unknown): void {
  process.emitWarning(`processing-log checkpoint failed: ${(error as Error)?.message ?? String(error)}`);
}

export function createProcessingLog(options: ProcessingLogOptions): ProcessingLog {
  const { db, signer, hashKeys } = options;
  const clock = options.clock ?? (() => new Date());
  const batcher = createGroupCommit<PendingEvent, StoredEvent>({
    write: (events) => db.transaction().execute((trx) => writeEvents(trx, hashKeys, events)),
    maxEvents: options.batchMaxEvents ?? 500,
    maxDelayMs: options.batchMaxDelayMs ?? 2,
  });
  const checkpoint = createCheckpointer(db, signer, hashKeys);
  let closed = false;
  const interval = options.checkpointIntervalMs ?? 5000;
  const timer = interval > 0 ? setInterval(() => checkpoint().catch(options.onBackgroundError ?? warn), interval) : undefined;
  timer?.unref();

  const refuseWhenClosed = () => {
    if (closed) throw new InsynError('AUDIT_WRITE_FAILED', 'the processing log is closed');
  };

  return {
    append: async (events) => {
      refuseWhenClosed();
      return batcher.submit(pending(events, clock())).catch((error: unknown) => { throw writeFailed(error); });
    },
    appendInTransaction: async (trx, events) => {
      if (!trx.isTransaction) throw new TypeError('appendInTransaction needs a transaction');
      refuseWhenClosed();
      return writeEvents(trx, hashKeys, pending(events, clock())).catch((error: unknown) => { throw writeFailed(error); });
    },
    checkpoint,
    flush: () => batcher.flush(),
    close: async () => {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      await batcher.flush();
      await checkpoint();
    },
  };
}
