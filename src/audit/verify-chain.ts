// Verifies one chain from its first event to its head: seq without gaps, every hash following
// from its predecessor, every checkpoint signed by a known key and matching the event it seals,
// and nothing cut from or added after the tail. Reads in pages, so memory stays flat.
import type { Selectable } from 'kysely';
import type { ProcessingLogCheckpointTable } from '../db/tables/processing-log-tables.ts';
import { chainKeyOf } from './chain-key.ts';
import { verifyCheckpointSignature } from './checkpoint-signer.ts';
import { classifyBreak } from './classify-break.ts';
import { GENESIS_HASH, hashEvent } from './event-hash.ts';
import {
  eventAt, lastSeq, problemAt, readCheckpoints, readHead, readPage, type ChainContext, type ChainWalk,
} from './chain-walk.ts';
import { storedEventOf, type LogRow } from './log-row.ts';
import type { VerifyProblem } from './verify-result.ts';

type CheckpointRow = Selectable<ProcessingLogCheckpointTable>;

export interface ChainOutcome {
  readonly events: number;
  readonly checkpoints: number;
  readonly unsealed: number;
  readonly problem?: VerifyProblem;
}

/** Where the checkpoint's claim fails: unknown key, bad signature, or a hash other than `actualHash`. */
async function checkCheckpoint(context: ChainContext, walk: ChainWalk, checkpoint: CheckpointRow, actualHash: string | undefined): Promise<VerifyProblem | undefined> {
  const seq = Number(checkpoint.seq);
  const key = await context.publicKey(checkpoint.key_id);
  if (!key) return problemAt(context, 'unknown-key', seq, undefined, `the checkpoint at seq ${seq} is signed by unknown key ${checkpoint.key_id}`);
  const claim = { chain: checkpoint.chain, seq, hash: checkpoint.hash, signedAt: new Date(checkpoint.signed_at), keyId: checkpoint.key_id };
  if (!verifyCheckpointSignature(key, claim, checkpoint.signature)) {
    return problemAt(context, 'bad-signature', seq, undefined, `the checkpoint at seq ${seq} has a bad signature: it was altered`);
  }
  walk.checkpoints += 1;
  if (actualHash === undefined || actualHash === checkpoint.hash) return undefined;
  return problemAt(context, 'checkpoint-mismatch', seq, undefined,
    `the chain no longer matches the checkpoint signed ${claim.signedAt.toISOString()} at seq ${seq}: `
    + `events between seq ${walk.sealedSeq + 1} and ${seq} were changed and the chain recomputed`);
}

async function checkRow(context: ChainContext, walk: ChainWalk, row: LogRow): Promise<VerifyProblem | undefined> {
  const seq = Number(row.seq);
  if (seq !== walk.seq + 1) {
    const missing = seq - 1 === walk.seq + 1 ? `seq ${walk.seq + 1} is` : `seq ${walk.seq + 1} to ${seq - 1} are`;
    return problemAt(context, 'deleted', walk.seq + 1, undefined, `the events at ${missing} missing: deleted`);
  }
  const event = storedEventOf(row);
  if (chainKeyOf(event.occurredAt, event.subjectKey) !== context.chain) {
    return problemAt(context, 'modified', seq, event.id, `event ${event.id} at seq ${seq} does not belong in this chain: it was modified`);
  }
  if (row.prev_hash === walk.hash && hashEvent(walk.hash, event) === row.hash) return undefined;
  return classifyBreak(context, walk, row, event);
}

async function checkPage(context: ChainContext, walk: ChainWalk, rows: readonly LogRow[]): Promise<VerifyProblem | undefined> {
  const through = Number(rows[rows.length - 1]?.seq);
  const checkpoints = new Map((await readCheckpoints(context, walk.seq, through)).map((row) => [Number(row.seq), row]));
  for (const row of rows) {
    const problem = await checkRow(context, walk, row);
    if (problem) return problem;
    const checkpoint = checkpoints.get(Number(row.seq));
    const sealed = checkpoint && await checkCheckpoint(context, walk, checkpoint, row.hash);
    if (sealed) return sealed;
    if (checkpoint) walk.sealedSeq = Number(row.seq);
    walk.seq = Number(row.seq);
    walk.hash = row.hash;
    walk.previous = row;
    walk.events += 1;
  }
  return undefined;
}

/** Checkpoints beyond the walked tail must still name events that exist, with their hashes. */
async function checkCheckpointsBeyond(context: ChainContext, walk: ChainWalk, checkpoints: readonly CheckpointRow[], last: number): Promise<VerifyProblem | undefined> {
  for (const checkpoint of checkpoints) {
    const seq = Number(checkpoint.seq);
    const event = seq > last ? undefined : await eventAt(context, seq);
    const problem = await checkCheckpoint(context, walk, checkpoint, seq > last ? undefined : event?.hash ?? '');
    if (problem) return problem;
    if (seq > last) {
      return problemAt(context, 'tail-cut', last + 1, undefined, `a checkpoint seals seq ${seq} but the chain ends at seq ${last}: its tail was cut`);
    }
  }
  return undefined;
}

function checkHead(context: ChainContext, walk: ChainWalk, head: { seq: number; hash: string } | undefined): VerifyProblem | undefined {
  if (!head) {
    return walk.seq > 0 ? problemAt(context, 'tail-cut', walk.seq + 1, undefined, 'the head record of the chain is missing: its tail may have been cut') : undefined;
  }
  if (walk.seq < head.seq) {
    return problemAt(context, 'tail-cut', walk.seq + 1, undefined, `the head says the chain ends at seq ${head.seq} but the last event is seq ${walk.seq}: its tail was cut`);
  }
  if (head.hash === walk.hash) return undefined;
  const id = walk.previous && Number(walk.previous.id);
  return problemAt(context, 'modified', head.seq, id, `the last event (seq ${head.seq}) does not match the head record: it was modified`);
}

/**
 * The head (read before the walk) must be where the walk ended, checkpoints beyond it must name
 * events that exist, and no event may lie beyond the head. Reading checkpoints, then the last
 * seq, then the head again keeps this right while appends go on: each read covers what the
 * previous one saw.
 */
async function checkTail(context: ChainContext, walk: ChainWalk, head: { seq: number; hash: string } | undefined): Promise<VerifyProblem | undefined> {
  const headProblem = checkHead(context, walk, head);
  if (headProblem) return headProblem;
  const checkpoints = await readCheckpoints(context, walk.seq, Number.MAX_SAFE_INTEGER, context.pageSize);
  const last = await lastSeq(context);
  const headNow = (await readHead(context))?.seq ?? 0;
  const beyond = await checkCheckpointsBeyond(context, walk, checkpoints, last);
  if (beyond) return beyond;
  if (last <= headNow) return undefined;
  const first = await eventAt(context, headNow + 1);
  return problemAt(context, 'inserted', headNow + 1, first?.id, `events after the head (seq ${headNow}) were added outside the log: inserted`);
}

export async function verifyChain(context: ChainContext): Promise<ChainOutcome> {
  const head = await readHead(context);
  const limit = head?.seq ?? Number.MAX_SAFE_INTEGER;
  const walk: ChainWalk = { seq: 0, hash: GENESIS_HASH, previous: undefined, sealedSeq: 0, events: 0, checkpoints: 0 };
  let problem: VerifyProblem | undefined;
  for (let more = true; more && !problem;) {
    const rows = await readPage(context, walk.seq, limit);
    problem = rows.length > 0 ? await checkPage(context, walk, rows) : undefined;
    more = rows.length === context.pageSize;
  }
  problem ??= await checkTail(context, walk, head);
  const outcome = { events: walk.events, checkpoints: walk.checkpoints, unsealed: walk.seq - walk.sealedSeq };
  return problem ? { ...outcome, problem } : outcome;
}
