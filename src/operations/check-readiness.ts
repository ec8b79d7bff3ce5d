// Readiness of the running service for GET /ready: each dependency is checked with a time
// limit and reported as ok or failed, never with its error text (which could name hosts or
// credentials). The server is ready only when every check is ok.
import type { AppServices } from './app-services.ts';

export interface ReadinessCheck {
  readonly name: string;
  readonly status: 'ok' | 'failed';
  readonly durationMs: number;
}

export interface ReadinessReport {
  readonly status: 'ready' | 'not-ready';
  readonly checks: readonly ReadinessCheck[];
}

function withTimeout(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function runCheck(name: string, check: () => Promise<void>, timeoutMs: number): Promise<ReadinessCheck> {
  const started = performance.now();
  let status: ReadinessCheck['status'] = 'ok';
  try {
    await withTimeout(check(), timeoutMs);
  } catch {
    status = 'failed';
  }
  return { name, status, durationMs: Math.round(performance.now() - started) };
}

/** Pings Insyn's own database; later checks (job worker, source systems) join the list. */
export async function checkReadiness(
  services: Pick<AppServices, 'ping'>,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const checks = await Promise.all([runCheck('database', () => services.ping(), timeoutMs)]);
  return { status: checks.every((check) => check.status === 'ok') ? 'ready' : 'not-ready', checks };
}
