// Verifies one chain from its first event to its head: seq without gaps, every hash following
// from its predecessor, every checkpoint signed by a trusted key and matching the event it seals,
// nothing cut from or added after the tail, the head where the events end, and nothing older
// than the grace period left unsealed. Reads in pages, so memory stays flat.
import type { Selectable } from 'kysely';
import type { ProcessingLogCheckpointTable } from '../db/tables/processing-log-tables.ts';
import { verifyCheckpointSignature } from './checkpoint-signer.ts';
import { advance, checkEvent, startWalk } from './check-event.ts';
import {
  eventAt, lastSeq, problemAt, readCheckpoints, readHead, readPage, type ChainContext, type ChainWalk,
} from './chain-walk.ts';
import type { LogRow } from './log-row.ts';
import type { VerifyProblem } from './verify-result.ts';

type CheckpointRow = Selectable<ProcessingLogCheckpointTable>;
type Head = { seq: number; hash: string } | undefined;

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
  if (!key) return problemAt(context, 'unknown-key', seq, undefined, `the checkpoint at seq ${seq} is signed by key ${checkpoint.key_id}, which is not a trusted key registered in the log`);
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

async function checkPage(context: ChainContext, walk: ChainWalk, rows: readonly LogRow[]): Promise<VerifyProblem | undefined> {
  const through = Number(rows[rows.length - 1]?.seq);
  const checkpoints = new Map((await readCheckpoints(context, walk.seq, through)).map((row) => [Number(row.seq), row]));
  for (const row of rows) {
    const problem = await checkEvent(context, walk, row);
    if (problem) return problem;
    const checkpoint = checkpoints.get(Number(row.seq));
    const sealed = checkpoint && await checkCheckpoint(context, walk, checkpoint, row.hash);
    if (sealed) return sealed;
    if (checkpoint) walk.sealedSeq = Number(row.seq);
    advance(walk, row);
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

function checkHead(context: ChainContext, walk: ChainWalk, head: Head): VerifyProblem | undefined {
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

/** Events lie beyond the head: genuine ones moved out of reach if a signed checkpoint vouches for them, else added. */
async function beyondHead(context: ChainContext, checkpoints: readonly CheckpointRow[], headSeq: number): Promise<VerifyProblem> {
  const first = await eventAt(context, headSeq + 1);
  const vouched = checkpoints.findLast((checkpoint) => Number(checkpoint.seq) > headSeq);
  if (vouched) {
    return problemAt(context, 'head-rolled-back', headSeq + 1, first?.id,
      `the head says the chain ends at seq ${headSeq}, but a signed checkpoint seals it up to seq ${vouched.seq}: the head was moved back`);
  }
  return problemAt(context, 'inserted', headSeq + 1, first?.id, `events after the head (seq ${headSeq}) were added outside the log: inserted`);
}

/**
 * The head (read before the walk) must be where the walk ended, checkpoints beyond it must name
 * events that exist (and then seal the walked events too), and no event may lie beyond the head.
 * Reading checkpoints, then the last seq, then the head again keeps this right while appends go
 * on: each read covers what the previous one saw.
 */
async function checkTail(context: ChainContext, walk: ChainWalk, head: Head): Promise<VerifyProblem | undefined> {
  const headProblem = checkHead(context, walk, head);
  if (headProblem) return headProblem;
  const checkpoints = await readCheckpoints(context, walk.seq, Number.MAX_SAFE_INTEGER, context.pageSize);
  const last = await lastSeq(context);
  const headNow = (await readHead(context))?.seq ?? 0;
  const beyond = await checkCheckpointsBeyond(context, walk, checkpoints, last);
  if (beyond) return beyond;
  if (checkpoints.length > 0) walk.sealedSeq = walk.seq;
  return last <= headNow ? undefined : beyondHead(context, checkpoints, headNow);
}

/** Events sealed by no checkpoint are a problem once the last of them is older than `sealedBefore`. */
function checkSealed(context: ChainContext, walk: ChainWalk, sealedBefore: Date): VerifyProblem | undefined {
  if (walk.seq === walk.sealedSeq || !walk.previous || new Date(walk.previous.occurred_at) >= sealedBefore) return undefined;
  return problemAt(context, 'unsealed', walk.sealedSeq + 1, undefined,
    `events from seq ${walk.sealedSeq + 1} to ${walk.seq} are sealed by no checkpoint although the last was written before `
    + `${sealedBefore.toISOString()}: checkpoints were deleted, or no Insyn process has run since to seal them`);
}

/** Verifies the chain; events written before `sealedBefore` must be sealed by a checkpoint. */
export async function verifyChain(context: ChainContext, sealedBefore: Date): Promise<ChainOutcome> {
  const head = await readHead(context);
  const limit = head?.seq ?? Number.MAX_SAFE_INTEGER;
  const walk = startWalk();
  let problem: VerifyProblem | undefined;
  for (let more = true; more && !problem;) {
    const rows = await readPage(context, walk.seq, limit);
    problem = rows.length > 0 ? await checkPage(context, walk, rows) : undefined;
    more = rows.length === context.pageSize;
  }
  problem ??= await checkTail(context, walk, head);
  problem ??= checkSealed(context, walk, sealedBefore);
  const outcome = { events: walk.events, checkpoints: walk.checkpoints, unsealed: walk.seq - walk.sealedSeq };
  return problem ? { ...outcome, problem } : outcome;
}
