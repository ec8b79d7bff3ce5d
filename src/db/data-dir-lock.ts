import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InsynError } from '../domain/error-catalogue.ts';

export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): number | undefined {
  try {
    const holder = Number(readFileSync(path, 'utf8'));
    return Number.isInteger(holder) && holder > 0 ? holder : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the data directory for this process. PGlite allows one process per data directory,
 * so a second process gets DATA_DIR_LOCKED instead of a corrupted database. The lock file
 * appears whole (written aside, then hard-linked into place), so no one ever reads a
 * half-written lock; a lock left by a process that no longer runs is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'insyn.lock');
  const aside = `${path}.${process.pid}`;
  writeFileSync(aside, String(process.pid));
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        linkSync(aside, path);
        return { release: () => rmSync(path, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = holderOf(path);
        if (holder !== undefined && alive(holder)) throw new InsynError('DATA_DIR_LOCKED', `held by process ${holder}`);
        rmSync(path, { force: true });
      }
    }
    throw new InsynError('DATA_DIR_LOCKED');
  } finally {
    rmSync(aside, { force: true });
  }
}
