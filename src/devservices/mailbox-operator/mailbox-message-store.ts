// The development mailbox operator's letters: in memory, or with a data directory one JSON file per
// message under <dataDir>/mailbox-operator/messages/ (written to a temporary file, synced and
// renamed, so a crash leaves the old state or the new, never half a letter). The index is rebuilt
// from the files on start, so a laptop demo keeps its inboxes over restarts. Keyed by the
// sender's message id: storing an id that is already stored is how retries stay exactly-once.
// File names and keys are hashes of the message id, never the recipient's number.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../../lib/atomic-file.ts';
import type { DevOperatorId } from './mailbox-accounts.ts';

export interface StoredAttachmentInfo {
  readonly contentType: string;
  readonly filename: string;
  readonly size: number;
}

/** A stored letter without its attachments' bytes. */
export interface StoredMessage {
  /** Opaque: a hash of the message id. File name and inbox URL segment. */
  readonly key: string;
  readonly messageId: string;
  readonly transId: string;
  readonly operatorId: DevOperatorId;
  readonly recipientId: string;
  readonly sender: { readonly id: string; readonly name: string };
  /** From the mediator's seal, ISO 8601. */
  readonly receivedTime: string;
  readonly subject: string;
  readonly language: 'sv' | 'en';
  readonly supportInfo: { readonly text: string; readonly url: string; readonly phone: string; readonly email: string };
  readonly body: { readonly contentType: 'text/plain' | 'text/html'; readonly text: string };
  readonly attachments: readonly StoredAttachmentInfo[];
  readonly read: boolean;
}

export type NewMessage = Omit<StoredMessage, 'key' | 'read' | 'attachments'> & {
  readonly attachments: readonly { readonly contentType: string; readonly filename: string; readonly body: Uint8Array }[];
};

export interface MailboxMessageStore {
  /** The stored (or being stored) message with this sender message id, and a promise that resolves once it is durable. */
  find(messageId: string): StoredEntry | undefined;
  /** Stores a message whose id is not yet stored; the index holds it at once, the promise resolves when durable. */
  add(message: NewMessage): Promise<StoredMessage>;
  byKey(key: string): StoredMessage | undefined;
  list(): readonly StoredMessage[];
  attachment(key: string, index: number): Promise<Uint8Array | undefined>;
  markRead(key: string): Promise<void>;
}

interface PersistedMessage extends Omit<StoredMessage, 'key' | 'read' | 'attachments'> {
  readonly attachments: readonly (StoredAttachmentInfo & { readonly base64: string })[];
}

export function messageKey(messageId: string): string {
  return createHash('sha256').update(messageId, 'utf8').digest('base64url').slice(0, 32);
}

function summary(message: NewMessage, read: boolean): StoredMessage {
  const { attachments, ...rest } = message;
  return Object.freeze({
    ...rest, key: messageKey(message.messageId), read,
    attachments: Object.freeze(attachments.map((attachment) => Object.freeze({
      contentType: attachment.contentType, filename: attachment.filename, size: attachment.body.byteLength,
    }))),
  });
}

function persisted(message: NewMessage): PersistedMessage {
  return {
    ...message,
    attachments: message.attachments.map((attachment) => ({
      contentType: attachment.contentType, filename: attachment.filename, size: attachment.body.byteLength,
      base64: Buffer.from(attachment.body).toString('base64'),
    })),
  };
}

function fromPersisted(file: PersistedMessage): NewMessage {
  return { ...file, attachments: file.attachments.map((attachment) => ({ ...attachment, body: Buffer.from(attachment.base64, 'base64') })) };
}

export interface StoredEntry {
  readonly message: StoredMessage;
  readonly durable: Promise<StoredMessage>;
}

interface Entry {
  message: StoredMessage;
  readonly durable: Promise<StoredMessage>;
}

function createIndex(initial: readonly StoredMessage[]) {
  const byMessageId = new Map<string, Entry>();
  const byKey = new Map<string, Entry>();
  const put = (message: StoredMessage, durable: Promise<StoredMessage>): Entry => {
    const entry = { message, durable };
    byMessageId.set(message.messageId, entry);
    byKey.set(message.key, entry);
    return entry;
  };
  for (const message of initial) put(message, Promise.resolve(message));
  return {
    put,
    remove(message: StoredMessage): void {
      byMessageId.delete(message.messageId);
      byKey.delete(message.key);
    },
    find: (messageId: string): StoredEntry | undefined => byMessageId.get(messageId),
    byKey: (key: string) => byKey.get(key),
    list: () => [...byKey.values()].map((entry) => entry.message),
  };
}

export function createMemoryMessageStore(): MailboxMessageStore {
  const index = createIndex([]);
  const bodies = new Map<string, readonly Uint8Array[]>();
  return {
    find: index.find,
    add(message) {
      const stored = summary(message, false);
      bodies.set(stored.key, message.attachments.map((attachment) => attachment.body));
      index.put(stored, Promise.resolve(stored));
      return Promise.resolve(stored);
    },
    byKey: (key) => index.byKey(key)?.message,
    list: index.list,
    attachment: (key, position) => Promise.resolve(bodies.get(key)?.[position]),
    markRead(key) {
      const entry = index.byKey(key);
      if (entry) entry.message = Object.freeze({ ...entry.message, read: true });
      return Promise.resolve();
    },
  };
}

const MESSAGE_FILE = /^([A-Za-z0-9_-]{32})\.json$/;

/** Opens (creating) <dataDir>/mailbox-operator/messages, removes leftover temporary files and indexes what is there. */
export async function openFileMessageStore(dataDir: string): Promise<MailboxMessageStore> {
  const directory = join(dataDir, 'mailbox-operator', 'messages');
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const names = await readdir(directory);
  const initial: StoredMessage[] = [];
  for (const name of names) {
    if (name.endsWith('.partial')) {
      await rm(join(directory, name), { force: true });
      continue;
    }
    const match = MESSAGE_FILE.exec(name);
    if (!match) continue;
    const file = JSON.parse(await readFile(join(directory, name), 'utf8')) as PersistedMessage;
    initial.push(summary(fromPersisted(file), names.includes(`${match[1]!}.read`)));
  }
  const index = createIndex(initial);
  const pathOf = (key: string, suffix: string) => join(directory, `${key}${suffix}`);
  return {
    find: index.find,
    add(message) {
      const stored = summary(message, false);
      const durable = writeFileAtomically(pathOf(stored.key, '.json'), JSON.stringify(persisted(message))).then(() => stored);
      index.put(stored, durable);
      durable.catch(() => index.remove(stored));
      return durable;
    },
    byKey: (key) => index.byKey(key)?.message,
    list: index.list,
    async attachment(key, position) {
      if (!index.byKey(key)) return undefined;
      const file = JSON.parse(await readFile(pathOf(key, '.json'), 'utf8')) as PersistedMessage;
      const attachment = file.attachments[position];
      return attachment ? Buffer.from(attachment.base64, 'base64') : undefined;
    },
    async markRead(key) {
      const entry = index.byKey(key);
      if (!entry || entry.message.read) return;
      await writeFile(pathOf(key, '.read'), '', { mode: 0o600 });
      entry.message = Object.freeze({ ...entry.message, read: true });
    },
  };
}
