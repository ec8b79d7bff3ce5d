// What the checkpointer checks before it signs: the events a new checkpoint would seal, from the
// chain's last checkpoint to its head, follow one another under the chain-hash key and end at
// the head. Someone with only database rights can insert events and move the head, but cannot
// hash what they insert; without this check the checkpointer would seal their work.
import { advance, checkEvent, startWalk } from './check-event.ts';
import { problemAt, readPage, type ChainReader } from './chain-walk.ts';
import type { VerifyProblem } from './verify-result.ts';

interface ChainPoint {
  readonly seq: number;
  readonly hash: string;
}

/** Undefined when the events after `from` (the last sealed point, or none) lead exactly to `head`. */
export async function verifyStretch(reader: ChainReader, from: ChainPoint | undefined, head: ChainPoint): Promise<VerifyProblem | undefined> {
  const walk = startWalk(from);
  for (let more = true; more;) {
    const rows = await readPage(reader, walk.seq, head.seq);
    for (const row of rows) {
      const problem = await checkEvent(reader, walk, row);
      if (problem) return problem;
      advance(walk, row);
    }
    more = rows.length === reader.pageSize;
  }
  if (walk.seq < head.seq) {
    return problemAt(reader, 'tail-cut', walk.seq + 1, undefined, `the head says the chain ends at seq ${head.seq} but the last event is seq ${walk.seq}`);
  }
  if (walk.hash === head.hash) return undefined;
  return problemAt(reader, 'modified', head.seq, walk.previous && Number(walk.previous.id), `the last event (seq ${head.seq}) does not match the head record`);
}
