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

class GroupCommitQueue implements AppendBatcher {
  readonly #options: AppendBatcherOptions;
  readonly #queue: Waiter[] = [];
  #queuedEvents = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #draining: Promise<void> | undefined;

  constructor(options: AppendBatcherOptions) {
    this.#options = options;
  }

  submit(events: readonly PendingEvent[]): Promise<StoredEvent[]> {
    if (events.length === 0) return Promise.resolve([]);
    return new Promise<StoredEvent[]>((resolve, reject) => {
      this.#queue.push({ events, resolve, reject });
      this.#queuedEvents += events.length;
      this.#schedule();
    });
  }

  async flush(): Promise<void> {
    while (this.#queue.length > 0 || this.#draining) await this.#start();
  }

  #schedule(): void {
    if (this.#draining) return; // the running drain takes these next
    if (this.#queuedEvents >= this.#options.maxEvents) void this.#start();
    else this.#timer ??= setTimeout(() => void this.#start(), this.#options.maxDelayMs);
  }

  #start(): Promise<void> {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
      if (this.#queue.length > 0) this.#schedule();
    });
    return this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) await this.#write(this.#take());
  }

  /** Whole callers, up to maxEvents (at least one caller, however many events it brings). */
  #take(): Waiter[] {
    let count = 0;
    let taken = 0;
    for (const waiter of this.#queue) {
      if (taken > 0 && count + waiter.events.length > this.#options.maxEvents) break;
      count += waiter.events.length;
      taken += 1;
    }
    this.#queuedEvents -= count;
    return this.#queue.splice(0, taken);
  }

  async #write(batch: readonly Waiter[]): Promise<void> {
    try {
      const stored = await this.#options.write(batch.flatMap((waiter) => waiter.events));
      let offset = 0;
      for (const waiter of batch) {
        waiter.resolve(stored.slice(offset, offset + waiter.events.length));
        offset += waiter.events.length;
      }
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }
}

export function createAppendBatcher(options: AppendBatcherOptions): AppendBatcher {
  return new GroupCommitQueue(options);
}
