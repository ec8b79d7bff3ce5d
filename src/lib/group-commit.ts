// Group commit (the processing log, the consent records). Concurrent callers' items are collected
// for up to `maxDelayMs` or until `maxEvents` are waiting, then written by one `write` call (one
// transaction); items that arrive while a write is running go into the next one. Each caller's
// promise settles only after the write that holds its items has committed or failed.

export interface GroupCommitOptions<Item, Stored> {
  /** Writes the items in one transaction and returns them stored, in the same order. */
  readonly write: (items: readonly Item[]) => Promise<Stored[]>;
  readonly maxEvents: number;
  readonly maxDelayMs: number;
}

export interface GroupCommit<Item, Stored> {
  submit(items: readonly Item[]): Promise<Stored[]>;
  /** Resolves when everything submitted so far has been written (or has failed). */
  flush(): Promise<void>;
}

interface Waiter<Item, Stored> {
  readonly events: readonly Item[];
  resolve(stored: Stored[]): void;
  reject(error: unknown): void;
}

class GroupCommitQueue<Item, Stored> implements GroupCommit<Item, Stored> {
  readonly #options: GroupCommitOptions<Item, Stored>;
  readonly #queue: Waiter<Item, Stored>[] = [];
  #queuedEvents = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #draining: Promise<void> | undefined;

  constructor(options: GroupCommitOptions<Item, Stored>) {
    this.#options = options;
  }

  submit(events: readonly Item[]): Promise<Stored[]> {
    if (events.length === 0) return Promise.resolve([]);
    return new Promise<Stored[]>((resolve, reject) => {
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
  #take(): Waiter<Item, Stored>[] {
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

  async #write(batch: readonly Waiter<Item, Stored>[]): Promise<void> {
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

export function createGroupCommit<Item, Stored>(options: GroupCommitOptions<Item, Stored>): GroupCommit<Item, Stored> {
  return new GroupCommitQueue(options);
}
