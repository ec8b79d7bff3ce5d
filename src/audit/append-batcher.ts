// Group commit for the processing log. Concurrent callers' events are collected for up to
// `maxDelayMs` or until `maxEvents` are waiting, then written by one `write` call (one
// transaction); events that arrive while a write is running go into the next one. Each
// caller's promise settles only after the write that holds its events has committed or failed.
import type { StoredEvent } from './processing-event.ts';
import type { PendingEvent } from './write-events.ts';

export interface AppendBatcherOptions {
  /** Writes the events in one transaction and returns them stored, in the same order. */
  readonly write: (events: readonly PendingEvent[]) => Promise<StoredEvent[]>;
  readonly maxEvents: number;
  readonly maxDelayMs: number;
}

export interface AppendBatcher {
  submit(events: readonly PendingEvent[]): Promise<StoredEvent[]>;
  /** Resolves when everything submitted so far has been written (or has failed). */
  flush(): Promise<void>;
}

interface Waiter {
  readonly events: readonly PendingEvent[];
  resolve(stored: StoredEvent[]): void;
  reject(error: unknown): void;
}

export function createAppendBatcher(options: AppendBatcherOptions): AppendBatcher {
  const queue: Waiter[] = [];
  let queuedEvents = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let draining: Promise<void> | undefined;

  /** Whole callers, up to maxEvents (at least one caller, however many events it brings). */
  function take(): Waiter[] {
    let count = 0;
    let taken = 0;
    for (const waiter of queue) {
      if (taken > 0 && count + waiter.events.length > options.maxEvents) break;
      count += waiter.events.length;
      taken += 1;
    }
    queuedEvents -= count;
    return queue.splice(0, taken);
  }

  async function writeBatch(batch: readonly Waiter[]): Promise<void> {
    try {
      const stored = await options.write(batch.flatMap((waiter) => waiter.events));
      let offset = 0;
      for (const waiter of batch) {
        waiter.resolve(stored.slice(offset, offset + waiter.events.length));
        offset += waiter.events.length;
      }
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) await writeBatch(take());
  }

  function start(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    draining ??= drain().finally(() => {
      draining = undefined;
      if (queue.length > 0) schedule();
    });
    return draining;
  }

  function schedule(): void {
    if (draining) return; // the running drain takes these next
    if (queuedEvents >= options.maxEvents) void start();
    else timer ??= setTimeout(() => void start(), options.maxDelayMs);
  }

  return {
    submit: (events) => {
      if (events.length === 0) return Promise.resolve([]);
      return new Promise<StoredEvent[]>((resolve, reject) => {
        queue.push({ events, resolve, reject });
        queuedEvents += events.length;
        schedule();
      });
    },
    flush: async () => {
      while (queue.length > 0 || draining) await start();
    },
  };
}
