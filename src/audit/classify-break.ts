// When an event does not follow from its predecessor, this works out what was done to the
// chain — an event modified, deleted, inserted or moved — and names the first bad event.
import { hashEvent } from './event-hash.ts';
import { eventAt, eventWith, problemAt, type ChainReader, type ChainWalk } from './chain-walk.ts';
import type { LogRow } from './log-row.ts';
import type { StoredEvent } from './processing-event.ts';
import type { VerifyProblem } from './verify-result.ts';

/**
 * `row` sits at the expected seq but does not follow from the last verified event (`walk`).
 * The rules, in order:
 * - it links to the last event, or would hash right if it did: its own content was modified;
 * - it links to a later event: events were reordered;
 * - it links to an earlier event: the events in between were inserted;
 * - it is self-consistent but links to nothing: the previous event was modified and re-hashed;
 * - a later event links to the last verified one: this event was inserted;
 * - otherwise the event it links to is gone and the chain was renumbered: deleted.
 */
export async function classifyBreak(context: ChainReader, walk: ChainWalk, row: LogRow, event: StoredEvent): Promise<VerifyProblem> {
  const seq = Number(row.seq);
  const id = Number(row.id);
  const keys = context.hashKeys;
  if (row.prev_hash === walk.hash || hashEvent(keys, walk.hash, event) === row.hash) {
    return problemAt(context, 'modified', seq, id, `event ${id} at seq ${seq} does not match its hash: it was modified or forged`);
  }
  const linked = await eventWith(context, 'hash', row.prev_hash);
  if (linked && linked.seq > seq) {
    return problemAt(context, 'reordered', seq, id, `event ${id} at seq ${seq} follows the event at seq ${linked.seq}: events were reordered`);
  }
  if (linked && linked.seq < seq) {
    const first = await eventAt(context, linked.seq + 1);
    return problemAt(context, 'inserted', linked.seq + 1, first?.id,
      `events from seq ${linked.seq + 1} to ${seq - 1} do not belong to the chain: they were inserted`);
  }
  if (hashEvent(keys, row.prev_hash, event) === row.hash && walk.previous) {
    const previous = walk.previous;
    return problemAt(context, 'modified', Number(previous.seq), Number(previous.id),
      `event ${previous.id} at seq ${previous.seq} was modified and re-hashed: the next event still links to its old hash`);
  }
  const resumes = await eventWith(context, 'prev_hash', walk.hash, seq);
  if (resumes) {
    return problemAt(context, 'inserted', seq, id, `event ${id} at seq ${seq} does not belong to the chain: it was inserted`);
  }
  return problemAt(context, 'deleted', seq, undefined, `the event before event ${id} is missing: an event at seq ${seq} was deleted and the chain renumbered`);
}
