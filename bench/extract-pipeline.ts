// Pipeline throughput: `processes` child processes (one per core), each with the whole stack and
// `lanes` extracts in flight at a time, as worker processes run in production (`insyn worker`
// runs 4 jobs at once by default), so that one extract's waits on the databases are another's CPU. Each child warms up, says
// `ready`, and starts on `go` so that the wall time covers only the extracts all of them make.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { demoPerson, demoPopulation, DEFAULT_DEMO_SEED } from '../src/devservices/demo-agency/demo-population.ts';
import { runExtract, type ExtractTiming } from './extract-run.ts';
import { openExtractStack, type StackLocation } from './extract-stack.ts';

export interface PipelineChildArgs {
  readonly location: StackLocation;
  readonly persons: number;
  readonly warmup: readonly number[];
  readonly indexes: readonly number[];
  readonly workerId: string;
  /** Extracts in flight at once in this process. */
  readonly lanes: number;
}

interface ChildResult {
  readonly timings: readonly ExtractTiming[];
  readonly cpuMs: number;
}

export interface PipelineFigures {
  readonly extracts: number;
  readonly seconds: number;
  readonly timings: readonly ExtractTiming[];
  /** CPU time of the Node processes, and of the whole machine (both cores), during the run. */
  readonly nodeCpuSeconds: number;
  readonly machineBusy: number;
  /** CPU seconds of the database servers (postgres, mariadbd) during the run. */
  readonly serverCpu: readonly [string, number][];
  /** CPU seconds of both cores during the run. */
  readonly busySeconds: number;
}

/** In a child: the extracts of `args.indexes`, after `ready` / `go` with the parent. */
export async function pipelineChild(args: PipelineChildArgs): Promise<void> {
  const population = demoPopulation(DEFAULT_DEMO_SEED, args.persons);
  const outDir = mkdtempSync(join(tmpdir(), 'insyn-bench-'));
  const stack = await openExtractStack(args.location, { workerId: args.workerId });
  try {
    for (const index of args.warmup) await runExtract(stack, demoPerson(population, index).id, outDir);
    const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
    process.stdout.write('ready\n');
    await lines.next();
    const cpu = process.cpuUsage();
    const timings: ExtractTiming[] = [];
    const queue = [...args.indexes];
    await Promise.all(Array.from({ length: args.lanes }, async () => {
      for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
        timings.push((await runExtract(stack, demoPerson(population, index).id, outDir)).timing);
      }
    }));
    const used = process.cpuUsage(cpu);
    process.stdout.write(`${JSON.stringify({ timings, cpuMs: (used.user + used.system) / 1000 } satisfies ChildResult)}\n`);
  } finally {
    await stack.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  process.stdin.destroy();
}

/** Busy and total jiffies of all CPUs, and each process's name and CPU jiffies, from /proc (Linux). */
async function cpuTicks(): Promise<{ busy: number; total: number; processes: Map<string, [string, number]> }> {
  const fields = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, n) => sum + n, 0);
  const processes = new Map<string, [string, number]>();
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    const close = stat.lastIndexOf(')');
    if (close < 0) continue;
    const rest = stat.slice(close + 2).split(' ');
    processes.set(pid, [stat.slice(stat.indexOf('(') + 1, close), Number(rest[11]) + Number(rest[12])]);
  }
  return { busy: total - (fields[3] ?? 0) - (fields[4] ?? 0), total, processes };
}

/** CPU seconds of the database servers' processes alive at both readings (USER_HZ is 100 on Linux). */
function serverCpu(before: Map<string, [string, number]>, after: Map<string, [string, number]>): [string, number][] {
  return ['postgres', 'mariadbd'].map((name): [string, number] => {
    let ticks = 0;
    for (const [pid, [found, now]] of after) if (found === name && before.has(pid)) ticks += now - before.get(pid)![1];
    return [name, ticks / 100];
  });
}

interface Child {
  readonly ready: Promise<void>;
  readonly result: Promise<ChildResult>;
  go(): void;
}

function startChild(script: string, args: PipelineChildArgs): Child {
  const child = spawn(process.execPath, [script, '--child', 'pipeline', JSON.stringify(args)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = async (what: string) => {
    const next = await lines.next();
    if (next.done) throw new Error(`pipeline child ended before ${what} (exit ${await exited})`);
    return next.value;
  };
  const ready = line('ready').then(() => undefined);
  return {
    ready,
    go: () => child.stdin.write('go\n'),
    result: ready.then(() => line('its result')).then((text) => JSON.parse(text) as ChildResult),
  };
}

export async function measurePipeline(
  script: string, base: Omit<PipelineChildArgs, 'indexes' | 'warmup' | 'workerId'>,
  indexes: readonly number[], warmup: readonly number[], processes: number,
): Promise<PipelineFigures> {
  const warmupOf = (lane: number) => warmup.filter((_, i) => i % processes === lane);
  const children = Array.from({ length: processes }, (_, lane) => startChild(script, {
    ...base, warmup: warmupOf(lane), indexes: indexes.filter((_, i) => i % processes === lane), workerId: `bench-pipeline-${lane}`,
  }));
  await Promise.all(children.map((child) => child.ready));
  const ticks = await cpuTicks();
  const started = performance.now();
  for (const child of children) child.go();
  const results = await Promise.all(children.map((child) => child.result));
  const seconds = (performance.now() - started) / 1000;
  const after = await cpuTicks();
  return {
    extracts: indexes.length, seconds, timings: results.flatMap((result) => result.timings),
    nodeCpuSeconds: results.reduce((sum, result) => sum + result.cpuMs, 0) / 1000,
    machineBusy: (after.busy - ticks.busy) / (after.total - ticks.total),
    serverCpu: serverCpu(ticks.processes, after.processes),
    busySeconds: (after.busy - ticks.busy) / 100,
  };
}
