// The whole of Insyn as `npm start` runs it, in a child process: embedded mode on a fresh data
// directory (the demo agency seeded, the worker in-process) with the development identity
// provider beside it, both on free ports picked here so that login redirects are right.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './run-insyn.ts';

export interface InsynServerProcess {
  readonly base: string;
  readonly issuer: string;
  /** The development mailbox operator: its inbox pages and its API. */
  readonly mailbox: string;
  /** stdout and stderr so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function waitFor(child: ChildProcessWithoutNullStreams, read: () => string, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = pattern.exec(read());
      if (!match) return false;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve(match);
      return true;
    };
    const timer = setTimeout(() => reject(new Error(`Insyn did not start within ${timeoutMs} ms:\n${read()}`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`Insyn exited with ${code}:\n${read()}`)));
    child.stdout.on('data', check);
    check();
  });
}

export async function startInsynServer(env: Readonly<Record<string, string>> = {}): Promise<InsynServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-server-'));
  const [port, idpPort, mailboxPort] = [await freePort(), await freePort(), await freePort()];
  const child = spawn(process.execPath, ['src/main.ts', 'serve'], {
    cwd: projectRoot,
    env: {
      ...process.env, DATABASE_URL: '', INSYN_DATA_DIR: dataDir, INSYN_LOG_LEVEL: 'warn', INSYN_DEMO_PERSONS: '40',
      PORT: String(port), INSYN_DEV_IDP_PORT: String(idpPort), INSYN_DEV_MAILBOX_PORT: String(mailboxPort), INSYN_PUBLIC_URL: `http://127.0.0.1:${port}`, ...env,
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(child, () => output, /running on (http:\/\/[^/\s]+)\//, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base: `http://127.0.0.1:${port}`, issuer: `http://127.0.0.1:${idpPort}`, mailbox: `http://127.0.0.1:${mailboxPort}`, output: () => output, stop,
  };
}
