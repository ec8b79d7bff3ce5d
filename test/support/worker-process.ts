// A worker script (under test/support/) run as a process of its own, for tests that kill it:
// its output is kept for failure messages.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { projectRoot } from './run-insyn.ts';

export interface WorkerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null after a signal) once the process has ended. */
  exited(): Promise<number | null>;
  /** SIGKILL unless it has ended already. */
  kill(): void;
}

/** Runs `script` (relative to the project) with exactly `env` as its environment. */
export function startWorkerProcess(script: string, env: Readonly<Record<string, string>>): WorkerProcess {
  const child = spawn(process.execPath, [script], { cwd: projectRoot, env });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { text += chunk.toString(); });
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  return {
    child,
    output: () => text,
    exited: () => new Promise((resolve) => {
      if (ended()) resolve(child.exitCode);
      else child.once('exit', (code) => resolve(code));
    }),
    kill: () => {
      if (!ended()) child.kill('SIGKILL');
    },
  };
}
