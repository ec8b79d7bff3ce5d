// One step of walking a chain: does the next row follow from the last verified event? Shared by
// full verification and by the checkpointer, which verifies what it is about to seal.
import { chainKeyOf } from './chain-key.ts';
import { classifyBreak } from './classify-break.ts';
import { GENESIS_HASH, hashEvent } from './event-hash.ts';
import { problemAt, type ChainReader, type ChainWalk } from './chain-walk.ts';
import { storedEventOf, type LogRow } from './log-row.ts';
import type { VerifyProblem } from './verify-result.ts';

/** A walk that starts after `from` (a sealed point), or at the chain's beginning. */
export function startWalk(from: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }): ChainWalk {
  return { seq: from.seq, hash: from.hash, previous: undefined, sealedSeq: from.seq, events: 0, checkpoints: 0 };
}

/** Undefined when `row` is the next event and follows from the last verified one; else what is wrong. */
export async function checkEvent(context: ChainReader, walk: ChainWalk, row: LogRow): Promise<VerifyProblem | undefined> {
  const seq = Number(row.seq);
  const id = Number(row.id);
  if (seq !== walk.seq + 1) {
    const missing = seq - 1 === walk.seq + 1 ? `seq ${walk.seq + 1} is` : `seq ${walk.seq + 1} to ${seq - 1} are`;
    return problemAt(context, 'deleted', walk.seq + 1, undefined, `the events at ${missing} missing: deleted`);
  }
  const event = storedEventOf(row);
  if (!event) {
    return problemAt(context, 'modified', seq, id,
      `event ${id} at seq ${seq} holds a value its hash cannot cover (a time below the millisecond or a number that is not a plain integer): it was modified`);
  }
  if (chainKeyOf(event.occurredAt, event.subjectKey) !== context.chain) {
    return problemAt(context, 'modified', seq, id, `event ${id} at seq ${seq} does not belong in this chain: it was modified`);
  }
  if (row.prev_hash === walk.hash && hashEvent(context.hashKeys, walk.hash, event) === row.hash) return undefined;
  if (!context.hashKeys.key(event.keyVersion)) {
    return problemAt(context, 'modified', seq, id,
      `event ${id} at seq ${seq} names chain-hash key version ${event.keyVersion}, which this verifier does not hold: it was modified or forged`);
  }
  return classifyBreak(context, walk, row, event);
}

/** Moves the walk past a verified row. */
export function advance(walk: ChainWalk, row: LogRow): void {
  walk.seq = Number(row.seq);
  walk.hash = row.hash;
  walk.previous = row;
  walk.events += 1;
}
