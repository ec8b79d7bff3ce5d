// Waits for many access requests at once with one status query per interval (instead of one
// polling loop per request): `settled(id)` resolves with the status once the request is
// collected (review or ready), completed or failed, and rejects when the time is up.
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database-schema.ts';

const SETTLED = new Set(['review', 'ready', 'completed', 'failed']);

export interface RequestSettler {
  settled(id: string): Promise<string>;
  stop(): void;
}

interface Waiter {
  readonly resolve: (status: string) => void;
  readonly reject: (error: Error) => void;
  readonly deadline: number;
}

export function requestSettler(db: Kysely<Database>, intervalMs = 100, timeoutMs = 120_000): RequestSettler {
  const waiting = new Map<string, Waiter>();
  let timer: NodeJS.Timeout | undefined;
  const poll = async () => {
    timer = undefined;
    const ids = [...waiting.keys()];
    const rows = ids.length === 0 ? [] : await db.selectFrom('request').select(['id', 'status']).where('id', 'in', ids).execute();
    for (const row of rows) {
      const waiter = waiting.get(row.id);
      if (waiter && SETTLED.has(row.status)) {
        waiting.delete(row.id);
        waiter.resolve(row.status);
      }
    }
    for (const [id, waiter] of waiting) {
      if (Date.now() > waiter.deadline) {
        waiting.delete(id);
        waiter.reject(new Error(`request not settled within ${timeoutMs} ms`));
      }
    }
    if (waiting.size > 0) timer = setTimeout(() => void poll().catch(fail), intervalMs);
  };
  const fail = (error: Error) => {
    for (const waiter of waiting.values()) waiter.reject(error);
    waiting.clear();
  };
  return {
    settled: (id) => new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, deadline: Date.now() + timeoutMs });
      timer ??= setTimeout(() => void poll().catch(fail), intervalMs);
    }),
    stop: () => {
      if (timer) clearTimeout(timer);
      fail(new Error('stopped'));
    },
  };
}
