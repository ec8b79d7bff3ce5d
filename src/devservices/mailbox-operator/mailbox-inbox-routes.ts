// The routes of the inbox pages: the list of mailboxes, a mailbox, a letter (opening it marks it
// read), an HTML letter's content in a sandboxed frame, and the attachments as downloads. Every
// URL holds opaque ids only (a keyed hash for the mailbox, a hash of the message id for the
// letter). Strict CSP: no script anywhere, the stylesheet from this server.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  operatorName, type DevOperatorId, type MailboxAccountRegister,
} from './mailbox-accounts.ts';
import type { InboxIdOf } from './mailbox-inbox-ids.ts';
import type { MailboxMessageStore, StoredMessage } from './mailbox-message-store.ts';
import {
  INBOX_STYLESHEET_PATH, inboxStylesheet, renderInbox, renderInboxList, renderMessage, renderNotFound,
  type InboxLanguage, type InboxSummary,
} from './mailbox-inbox-pages.ts';

export interface InboxRoutesContext {
  readonly accounts: MailboxAccountRegister;
  readonly store: MailboxMessageStore;
  readonly inboxIdOf: InboxIdOf;
}

interface Inbox extends InboxSummary {
  readonly operatorId: DevOperatorId;
  readonly recipientId: string;
}

const PAGE_CSP = "default-src 'none'; style-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const FRAMED_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
const DOWNLOAD_CSP = "sandbox; default-src 'none'";
const CONTENT_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+$/;

type Query = { Querystring: { lang?: string } };

function languageOf(request: FastifyRequest<Query>): InboxLanguage {
  return request.query.lang === 'en' ? 'en' : 'sv';
}

function commonHeaders(reply: FastifyReply, csp: string): FastifyReply {
  return reply.header('content-security-policy', csp).header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer').header('cache-control', 'no-store');
}

function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return commonHeaders(reply, PAGE_CSP).code(status).type('text/html; charset=utf-8').send(body);
}

/** The ASCII fallback and the RFC 6266/5987 UTF-8 name; no path, quotes or control characters. */
export function attachmentDisposition(filename: string): string {
  const visible = [...filename.normalize('NFC')].map((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || '/\\"'.includes(character) ? '_' : character;
  }).join('');
  const cleaned = visible.replace(/^[.\s]+/, '').slice(0, 150) || 'bilaga';
  const ascii = cleaned.replace(/[^\x20-\x7e]/g, '_').replace(/[%;]/g, '_');
  const encoded = encodeURIComponent(cleaned).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function byNewest(left: StoredMessage, right: StoredMessage): number {
  return right.receivedTime.localeCompare(left.receivedTime);
}

/** Every mailbox that exists, and every earlier one that still holds letters (shown as closed). */
function inboxes(context: InboxRoutesContext): Inbox[] {
  const found = new Map<string, Inbox>();
  const messages = context.store.list();
  const add = (operatorId: DevOperatorId, recipientId: string, status: Inbox['status']) => {
    const inboxId = context.inboxIdOf(operatorId, recipientId);
    if (found.has(inboxId)) return;
    const own = messages.filter((message) => message.operatorId === operatorId && message.recipientId === recipientId);
    found.set(inboxId, {
      inboxId, operatorId, recipientId, status, maskedNumber: `${recipientId.slice(0, 8)}-****`,
      operatorName: operatorName(operatorId), messages: own.length, unread: own.filter((message) => !message.read).length,
    });
  };
  for (const account of context.accounts.list()) add(account.operatorId, account.recipientId, account.pending ? 'pending' : 'active');
  for (const message of messages) add(message.operatorId, message.recipientId, 'closed');
  return [...found.values()].sort((left, right) =>
    left.maskedNumber.localeCompare(right.maskedNumber) || left.operatorName.localeCompare(right.operatorName));
}

function messagesOf(context: InboxRoutesContext, inbox: Inbox): StoredMessage[] {
  return context.store.list()
    .filter((message) => message.operatorId === inbox.operatorId && message.recipientId === inbox.recipientId)
    .sort(byNewest);
}

export function registerInboxRoutes(app: FastifyInstance, context: InboxRoutesContext): void {
  const findInbox = (inboxId: string) => inboxes(context).find((inbox) => inbox.inboxId === inboxId);
  const findMessage = (inbox: Inbox, key: string) => {
    const message = context.store.byKey(key);
    return message && message.operatorId === inbox.operatorId && message.recipientId === inbox.recipientId ? message : undefined;
  };
  const notFound = (request: FastifyRequest<Query>, reply: FastifyReply) =>
    sendPage(reply, 404, renderNotFound(languageOf(request), '/'));

  app.get(INBOX_STYLESHEET_PATH, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(inboxStylesheet));

  app.get<Query>('/', async (request, reply) => sendPage(reply, 200, renderInboxList(languageOf(request), inboxes(context))));

  app.get<Query & { Params: { inboxId: string } }>('/inkorg/:inboxId', async (request, reply) => {
    const inbox = findInbox(request.params.inboxId);
    if (!inbox) return notFound(request, reply);
    return sendPage(reply, 200, renderInbox(languageOf(request), inbox, messagesOf(context, inbox)));
  });

  app.get<Query & { Params: { inboxId: string; key: string } }>('/inkorg/:inboxId/:key', async (request, reply) => {
    const inbox = findInbox(request.params.inboxId);
    const message = inbox && findMessage(inbox, request.params.key);
    if (!inbox || !message) return notFound(request, reply);
    await context.store.markRead(message.key);
    return sendPage(reply, 200, renderMessage(languageOf(request), inbox, message));
  });

  app.get<Query & { Params: { inboxId: string; key: string } }>('/inkorg/:inboxId/:key/innehall', async (request, reply) => {
    const inbox = findInbox(request.params.inboxId);
    const message = inbox && findMessage(inbox, request.params.key);
    if (!inbox || !message || message.body.contentType !== 'text/html') return notFound(request, reply);
    return commonHeaders(reply, FRAMED_CSP).type('text/html; charset=utf-8').send(message.body.text);
  });

  app.get<Query & { Params: { inboxId: string; key: string; index: string } }>(
    '/inkorg/:inboxId/:key/bilagor/:index', async (request, reply) => {
      const inbox = findInbox(request.params.inboxId);
      const message = inbox && findMessage(inbox, request.params.key);
      const index = /^\d{1,4}$/.test(request.params.index) ? Number(request.params.index) : -1;
      const info = message?.attachments[index];
      const bytes = message && info ? await context.store.attachment(message.key, index) : undefined;
      if (!info || !bytes) return notFound(request, reply);
      return commonHeaders(reply, DOWNLOAD_CSP)
        .type(CONTENT_TYPE.test(info.contentType) ? info.contentType : 'application/octet-stream')
        .header('content-disposition', attachmentDisposition(info.filename))
        .send(Buffer.from(bytes));
    },
  );
}
