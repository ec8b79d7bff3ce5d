// The load generator of bench/consent.ts: autocannon in a process of its own, so that it shares
// neither the server's event loop nor its CPU accounting. The parent sends one load at a time
// over IPC ({ id, load }; the channel uses structured clone); each answer ({ id, result }) counts
// the responses by class, times them from the first request sent to the last response received,
// and carries the latency of every response (sorted, in ms, with sub-millisecond precision). A fixed `amount` of requests is sent and every
// one is awaited, so no request is left in flight when a load ends.
import { createRequire } from 'node:module';

export interface Load {
  readonly url: string;
  readonly method: 'POST';
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly connections: number;
  readonly amount: number;
}

export interface LoadResult {
  readonly responses: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly seconds: number;
  /** 2xx answers per second. */
  readonly rate: number;
  /** Every response's latency in ms, sorted. */
  readonly latencies: Float64Array;
  /** CPU time the load generator spent, in seconds. */
  readonly cpuSeconds: number;
}

interface Autocannon {
  (options: Record<string, unknown>): PromiseLike<unknown> & {
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void): void;
    on(event: 'reqError', listener: (error: Error) => void): void;
    stop(): void;
  };
}

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function run(load: Load): Promise<LoadResult> {
  const latencies = new Float64Array(load.amount + load.connections);
  let responses = 0;
  let ok = 0;
  let errors = 0;
  let timeouts = 0;
  let last = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const instance = autocannon({
    url: load.url, method: load.method, headers: load.headers, body: load.body, connections: load.connections, amount: load.amount,
    timeout: 30,
  });
  // autocannon reports only at its next one-second tick; the load is over when every request has
  // its answer (or, after errors, when autocannon gives up).
  let answered: () => void = () => {};
  const allAnswered = new Promise<void>((resolve) => { answered = resolve; });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (responses < latencies.length) latencies[responses] = responseTime;
    responses += 1;
    if (statusCode >= 200 && statusCode < 300) ok += 1;
    last = performance.now();
    if (responses >= load.amount) answered();
  });
  instance.on('reqError', (error) => {
    errors += 1;
    if (error.message === 'request timed out') timeouts += 1;
  });
  await Promise.race([allAnswered, instance]);
  instance.stop();
  const seconds = ((last || performance.now()) - started) / 1000;
  const sorted = latencies.slice(0, Math.min(responses, latencies.length)).sort();
  const used = process.cpuUsage(cpu);
  return {
    responses, ok, non2xx: responses - ok, errors, timeouts, seconds, rate: ok / seconds, latencies: sorted, cpuSeconds: (used.user + used.system) / 1e6,
  };
}

process.on('message', (message: { id: number; load: Load }) => {
  void run(message.load).then(
    (result) => process.send?.({ id: message.id, result }),
    (error: unknown) => process.send?.({ id: message.id, error: String((error as Error).stack ?? error) }),
  );
});
