// The development mailbox operator's JSON API: FaR's reachability lookup (Recipient v3
// IsReachable), DeliverSecure for each of the two demo operators, and admin routes for tests and
// demos. Identity numbers travel only in request and response bodies, never in URLs or logs.
// A delivery is checked with readSealedDelivery against the configured keys (the mediator's seal,
// the sender's signature, the attachments' checksums) before anything is stored; a message id
// that is already stored answers with its first transId and stores nothing (exactly-once retries).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { readSealedDelivery } from '../../lib/secure-delivery-xml.ts';
import {
  acceptsSender, isDevOperatorId, operatorName, type DevOperatorId, type MailboxAccount, type MailboxAccountRegister,
} from './mailbox-accounts.ts';
import type { InboxIdOf } from './mailbox-inbox-ids.ts';
import type { MailboxMessageStore, StoredMessage } from './mailbox-message-store.ts';

export interface MailboxTrust {
  /** Certificates or public keys (PEM) whose sender signatures are accepted. */
  readonly senderKeysPem: readonly string[];
  /** Certificates or public keys (PEM) of the mediators whose seals are accepted. */
  readonly sealKeysPem: readonly string[];
}

export interface MailboxApiContext {
  readonly accounts: MailboxAccountRegister;
  readonly store: MailboxMessageStore;
  readonly trust: MailboxTrust;
  readonly inboxIdOf: InboxIdOf;
  /** The server's public base URL, without a trailing slash; known once it listens. */
  readonly baseUrl: () => string;
}

/** DeliverSecure bodies carry whole letters with attachments, base64-encoded in XML. */
export const DELIVERY_BODY_LIMIT = 60 * 1024 * 1024;
const MAX_RECIPIENTS = 100;
const RECIPIENT_ID = /^\d{12}$/;
const ORG_NR = /^(?:\d{10}|\d{12}|\d{6}-\d{4})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRecipientList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length >= 1 && value.length <= MAX_RECIPIENTS
    && value.every((id) => typeof id === 'string' && RECIPIENT_ID.test(id));
}

export function deliverUrl(baseUrl: string, operatorId: DevOperatorId): string {
  return `${baseUrl}/operators/${operatorId}/deliver-secure`;
}

function reachability(context: MailboxApiContext, senderOrgNr: string, recipientId: string) {
  const account = context.accounts.get(recipientId);
  if (!account) return { recipientId, senderAccepted: false, accountStatus: null };
  return {
    recipientId,
    senderAccepted: acceptsSender(account, senderOrgNr),
    accountStatus: {
      pending: account.pending,
      serviceSupplier: {
        id: account.operatorId, name: operatorName(account.operatorId),
        serviceAddress: deliverUrl(context.baseUrl(), account.operatorId),
      },
    },
  };
}

function takesPost(account: MailboxAccount | undefined, operatorId: DevOperatorId, senderId: string): boolean {
  return account !== undefined && account.operatorId === operatorId && !account.pending && acceptsSender(account, senderId);
}

async function deliver(context: MailboxApiContext, operatorId: DevOperatorId, xml: string) {
  const result = readSealedDelivery(xml, context.trust);
  if (!result.ok) return { status: 400, body: { code: result.code } };
  const { delivery, receivedTime } = result;
  if (delivery.messages.length === 0) return { status: 400, body: { code: 'MALFORMED' } };
  const recipientId = delivery.recipientId;
  // Synchronous from here to the first await, so that two copies of one delivery arriving together store it once.
  const earlier = delivery.messages.map((message) => context.store.find(message.id));
  const transId = earlier.find((entry) => entry !== undefined)?.message.transId ?? randomUUID();
  if (earlier.every((entry) => entry !== undefined)) {
    // A retry of what is stored already: the first answer again, nothing new.
    await Promise.all(earlier.map((entry) => entry.durable));
    return { status: 200, body: { transId, delivered: [{ recipientId, delivered: true }] } };
  }
  if (!takesPost(context.accounts.get(recipientId), operatorId, delivery.sender.id)) {
    return { status: 200, body: { transId, delivered: [{ recipientId, delivered: false }] } };
  }
  await Promise.all(delivery.messages.map((message, index) => earlier[index]?.durable ?? context.store.add({
    messageId: message.id, transId, operatorId, recipientId,
    sender: { id: delivery.sender.id, name: delivery.sender.name },
    receivedTime: receivedTime.toISOString(),
    subject: message.subject, language: message.language, supportInfo: { ...message.supportInfo },
    body: { contentType: message.body.contentType, text: message.body.text },
    attachments: message.attachments.map((attachment) => ({ ...attachment })),
  })));
  return { status: 200, body: { transId, delivered: [{ recipientId, delivered: true }] } };
}

function messageView(context: MailboxApiContext, message: StoredMessage) {
  return {
    messageId: message.messageId, transId: message.transId, operatorId: message.operatorId, recipientId: message.recipientId,
    subject: message.subject, senderName: message.sender.name, receivedTime: message.receivedTime, read: message.read,
    attachments: message.attachments.map((attachment) => ({ ...attachment })),
    inboxUrl: `${context.baseUrl()}/inkorg/${context.inboxIdOf(message.operatorId, message.recipientId)}`,
  };
}

function isAccountChange(body: unknown): body is {
  recipientId: string; operatorId: DevOperatorId | null; pending?: boolean; blockedSenders?: string[];
} {
  return isRecord(body) && typeof body.recipientId === 'string' && RECIPIENT_ID.test(body.recipientId)
    && (body.operatorId === null || isDevOperatorId(body.operatorId))
    && (body.pending === undefined || typeof body.pending === 'boolean')
    && (body.blockedSenders === undefined
      || (Array.isArray(body.blockedSenders) && body.blockedSenders.every((sender) => typeof sender === 'string' && ORG_NR.test(sender))));
}

export function registerMailboxApi(app: FastifyInstance, context: MailboxApiContext): void {
  app.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string', bodyLimit: DELIVERY_BODY_LIMIT }, (_request, body, done) => {
    done(null, body);
  });

  app.post('/recipient/v3/is-reachable', async (request, reply) => {
    const body = request.body;
    if (!isRecord(body) || typeof body.senderOrgNr !== 'string' || !ORG_NR.test(body.senderOrgNr) || !isRecipientList(body.recipientIds)) {
      return reply.code(400).send({ code: 'MALFORMED' });
    }
    const senderOrgNr = body.senderOrgNr;
    return { reachability: body.recipientIds.map((recipientId) => reachability(context, senderOrgNr, recipientId)) };
  });

  app.post<{ Params: { operatorId: string } }>(
    '/operators/:operatorId/deliver-secure', { bodyLimit: DELIVERY_BODY_LIMIT },
    async (request, reply) => {
      const { operatorId } = request.params;
      if (!isDevOperatorId(operatorId)) return reply.code(404).send({ code: 'UNKNOWN_OPERATOR' });
      if (typeof request.body !== 'string') return reply.code(400).send({ code: 'MALFORMED' });
      const answer = await deliver(context, operatorId, request.body);
      return reply.code(answer.status).send(answer.body);
    },
  );

  app.put('/admin/accounts', async (request, reply) => {
    const body = request.body;
    if (!isAccountChange(body)) return reply.code(400).send({ code: 'MALFORMED' });
    const account = context.accounts.set(body.recipientId, body);
    return { account: account ?? null, inboxId: account ? context.inboxIdOf(account.operatorId, account.recipientId) : null };
  });

  app.get<{ Querystring: { transId?: string } }>('/admin/messages', async (request, reply) => {
    const transId = request.query.transId;
    if (typeof transId !== 'string' || transId === '') return reply.code(400).send({ code: 'MALFORMED' });
    const messages = context.store.list().filter((message) => message.transId === transId);
    return { messages: messages.map((message) => messageView(context, message)) };
  });

  app.post('/admin/messages/search', async (request, reply) => {
    const body = request.body;
    if (!isRecord(body) || typeof body.recipientId !== 'string' || !RECIPIENT_ID.test(body.recipientId)) {
      return reply.code(400).send({ code: 'MALFORMED' });
    }
    const messages = context.store.list().filter((message) => message.recipientId === body.recipientId);
    return { messages: messages.map((message) => messageView(context, message)) };
  });
}
