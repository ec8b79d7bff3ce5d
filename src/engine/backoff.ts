// How long a job waits after a transient failure: exponential with jitter, capped.

/** Milliseconds to wait after failed attempt `attempt` (1-based). */
export type Backoff = (attempt: number) => number;

export interface BackoffOptions {
  readonly baseMs?: number;
  readonly capMs?: number;
  readonly random?: () => number;
}

/** base × 2^(attempt−1), capped, then scaled by a random factor in [0.5, 1) ("equal jitter"). */
export function exponentialBackoff(options: BackoffOptions = {}): Backoff {
  const base = options.baseMs ?? 1000;
  const cap = options.capMs ?? 10 * 60_000;
  const random = options.random ?? Math.random;
  return (attempt) => {
    const delay = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
    return Math.round(delay * (0.5 + random() / 2));
  };
}
