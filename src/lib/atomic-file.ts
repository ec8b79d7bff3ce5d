// Files written so that a crash leaves the old content or the new, never a part: a temporary file
// in the same directory, fsynced, renamed over the target, and the directory fsynced so that the
// rename itself survives. Files are created readable by the owner only (they may hold personal data).
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temporary = join(dir, `.${randomBytes(8).toString('hex')}.partial`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the directory's entries (a rename, a new file) durable. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
