import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGroupCommit } from './group-commit.ts';

interface PendingEvent { readonly occurredAt: Date; readonly input: { readonly actor: string } }
interface StoredEvent { readonly id: number; readonly marker: string }

/** A stand-in for the database write: records each batch and "stores" events as numbered copies. */
function recordingWrite(fail?: (batch: number) => boolean) {
  const batches: number[] = [];
  let next = 1;
  const write = async (events: readonly PendingEvent[]): Promise<StoredEvent[]> => {
    batches.push(events.length);
    await new Promise((resolve) => setTimeout(resolve, 1));
    if (fail?.(batches.length)) throw new Error('write failed');
    return events.map((pending) => ({ id: next++, marker: pending.input.actor }));
  };
  return { batches, write };
}

const pending = (actor: string, count = 1): PendingEvent[] =>
  Array.from({ length: count }, () => ({ occurredAt: new Date(), input: { actor } }));

test('concurrent callers share a few batches and each gets its own events back, in order', async () => {
  const { batches, write } = recordingWrite();
  const batcher = createGroupCommit({ write, maxEvents: 100, maxDelayMs: 2 });
  const results = await Promise.all(Array.from({ length: 250 }, (_, n) => batcher.submit(pending(`caller-${n}`, 2))));
  results.forEach((stored, n) => assert.deepEqual(stored.map((event) => event.marker), [`caller-${n}`, `caller-${n}`]));
  assert.equal(batches.reduce((sum, size) => sum + size, 0), 500);
  assert.ok(batches.length <= 6 && batches.every((size) => size <= 100), `batches ${batches.join(',')}`);
});

test('a caller with more events than a batch holds is written whole', async () => {
  const { batches, write } = recordingWrite();
  const batcher = createGroupCommit({ write, maxEvents: 10, maxDelayMs: 2 });
  assert.equal((await batcher.submit(pending('big', 25))).length, 25);
  assert.deepEqual(batches, [25]);
});

test('a failed write rejects the callers in that batch only', async () => {
  const { write } = recordingWrite((batch) => batch === 1);
  const batcher = createGroupCommit({ write, maxEvents: 1000, maxDelayMs: 5 });
  const first = [batcher.submit(pending('a')), batcher.submit(pending('b'))];
  for (const outcome of first) await assert.rejects(outcome, /write failed/);
  assert.equal((await batcher.submit(pending('c'))).length, 1);
});

test('flush waits for everything submitted', async () => {
  const { batches, write } = recordingWrite();
  const batcher = createGroupCommit({ write, maxEvents: 1000, maxDelayMs: 50 });
  const submitted = batcher.submit(pending('a', 3));
  await batcher.flush();
  assert.deepEqual(batches, [3]);
  assert.equal((await submitted).length, 3);
  assert.deepEqual(await batcher.submit([]), []);
});
