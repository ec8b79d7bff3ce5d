// Opaque ids for the inbox pages' URLs: a keyed hash (HMAC-SHA-256) of operator and recipient, so
// no personnummer ever appears in a URL and the id cannot be worked back without the key. With a
// data directory the key is kept in <dataDir>/mailbox-operator/inbox-id-key, so bookmarks of a
// laptop demo survive restarts; without one it is random per start.
import { createHmac, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DevOperatorId } from './mailbox-accounts.ts';

export type InboxIdOf = (operatorId: DevOperatorId, recipientId: string) => string;

export function inboxIds(key: Uint8Array): InboxIdOf {
  return (operatorId, recipientId) =>
    createHmac('sha256', key).update(`${operatorId}\n${recipientId}`, 'utf8').digest('base64url').slice(0, 24);
}

/** The HMAC key: read from the data directory, created there on first start, or random without one. */
export async function inboxIdKey(dataDir: string | undefined): Promise<Uint8Array> {
  if (dataDir === undefined) return randomBytes(32);
  const directory = join(dataDir, 'mailbox-operator');
  const path = join(directory, 'inbox-id-key');
  await mkdir(directory, { recursive: true, mode: 0o700 });
  try {
    const existing = Buffer.from((await readFile(path, 'utf8')).trim(), 'base64url');
    if (existing.byteLength >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const fresh = randomBytes(32);
  await writeFile(path, `${fresh.toString('base64url')}\n`, { mode: 0o600 });
  return fresh;
}
