// Kills a worker process with SIGKILL at random moments and starts a new one at once, as often
// as asked; then lets a last worker finish the work. The delay is drawn from the soak's seeded
// generator and counted from when the worker says it has started claiming (`started <workerId>`),
// so that every kill lands on a worker at work, not on one still loading its modules.
import { startWorkerProcess, type WorkerProcess } from '../test/support/worker-process.ts';
import type { SeededRandom } from './seeded-random.ts';

export interface KillLoopOptions {
  /** The worker script, relative to the project. */
  readonly script: string;
  readonly env: Readonly<Record<string, string>>;
  readonly kills: number;
  readonly random: SeededRandom;
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
  /** Jobs not yet settled; the loop stops early (a problem) when none is left. */
  readonly workLeft: () => Promise<number>;
  /** Jobs the killed worker held (still running under its id): interrupted mid-run. */
  readonly interrupted: (workerId: string) => Promise<number>;
  readonly onKill?: (kills: number, interrupted: number) => Promise<void> | void;
}

export interface KillLoopResult {
  readonly kills: number;
  /** Kills that interrupted at least one job. */
  readonly killsMidJob: number;
  readonly jobsInterrupted: number;
  readonly workersStarted: number;
  readonly problems: string[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tail = (worker: WorkerProcess) => worker.output().split('\n').slice(-15).join('\n');

/** Resolves to the worker's id once it has started; throws if it ends or takes longer than `timeoutMs`. */
async function started(worker: WorkerProcess, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const id = /^started (\S+)$/m.exec(worker.output())?.[1];
    if (id) return id;
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) throw new Error(`the worker ended before it started:\n${tail(worker)}`);
    if (Date.now() > deadline) throw new Error(`the worker did not start in ${timeoutMs} ms:\n${tail(worker)}`);
    await pause(10);
  }
}

const alive = (worker: WorkerProcess) => worker.child.exitCode === null && worker.child.signalCode === null;

export async function killRepeatedly(options: KillLoopOptions): Promise<KillLoopResult> {
  const result = { kills: 0, killsMidJob: 0, jobsInterrupted: 0, workersStarted: 0, problems: [] as string[] };
  while (result.kills < options.kills) {
    if (await options.workLeft() === 0) {
      result.problems.push(`the work ran out after ${result.kills} kills: decide more requests`);
      break;
    }
    const worker = startWorkerProcess(options.script, options.env);
    result.workersStarted += 1;
    try {
      const workerId = await started(worker);
      await pause(options.random.int(options.minDelayMs, options.maxDelayMs));
      if (!alive(worker)) throw new Error(`the worker ended on its own (exit ${worker.child.exitCode}):\n${tail(worker)}`);
      worker.kill();
      await worker.exited();
      result.kills += 1;
      const interrupted = await options.interrupted(workerId);
      result.jobsInterrupted += interrupted;
      if (interrupted > 0) result.killsMidJob += 1;
      await options.onKill?.(result.kills, interrupted);
    } catch (error) {
      worker.kill();
      result.problems.push((error as Error).message);
      break;
    }
  }
  return result;
}

/** A last worker runs until no work is left, then is stopped with SIGTERM (it must exit 0). */
export async function finishWork(
  options: Pick<KillLoopOptions, 'script' | 'env' | 'workLeft'> & { readonly timeoutMs: number },
): Promise<string[]> {
  const worker = startWorkerProcess(options.script, options.env);
  try {
    await started(worker);
    const deadline = Date.now() + options.timeoutMs;
    while (await options.workLeft() > 0) {
      if (!alive(worker)) return [`the last worker ended on its own (exit ${worker.child.exitCode}):\n${tail(worker)}`];
      if (Date.now() > deadline) return [`work was left after ${options.timeoutMs} ms:\n${tail(worker)}`];
      await pause(100);
    }
    worker.child.kill('SIGTERM');
    const code = await worker.exited();
    return code === 0 ? [] : [`the last worker exited with ${code} on SIGTERM:\n${tail(worker)}`];
  } catch (error) {
    return [(error as Error).message];
  } finally {
    worker.kill();
  }
}
