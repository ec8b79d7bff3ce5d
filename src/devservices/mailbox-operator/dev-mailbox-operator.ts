// The development mailbox operator, modelled on Sweden's "Mina meddelanden": FaR's reachability
// lookup and two mailbox operators (Kivra (demo), Min myndighetspost (demo)) on one Fastify server
// on its own port, which check the mediator's seal and the sender's signature before storing a
// letter, and inbox pages where a demo person reads it. The embedded default points Insyn's
// digital-post adapter here, so request, extract, delivery and reading all work on a laptop;
// production points the adapter at the real services and refuses this one.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import type { Mode } from '../../config/config.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import {
  createMailboxAccountRegister, defaultMailboxAccounts, DEV_MAILBOX_OPERATORS,
  type DevOperatorId, type MailboxAccount, type MailboxAccountChange,
} from './mailbox-accounts.ts';
import { deliverUrl, registerMailboxApi, type MailboxTrust } from './mailbox-api.ts';
import { inboxIdKey, inboxIds } from './mailbox-inbox-ids.ts';
import { registerInboxRoutes } from './mailbox-inbox-routes.ts';
import { createMemoryMessageStore, openFileMessageStore, type StoredMessage } from './mailbox-message-store.ts';

export interface DevMailboxOperatorOptions {
  readonly mode: Mode;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The base URL clients and browsers reach; default `http://<host>:<port>` (127.0.0.1 for a wildcard host). */
  readonly publicUrl?: string;
  /** Letters are kept under <dataDir>/mailbox-operator/ over restarts; without it, in memory. */
  readonly dataDir?: string;
  /** Whose sender signatures and mediator seals are accepted. */
  readonly trust: MailboxTrust;
  /** The demo agency's sender number, FaR form ('16' + organisation number); the doctor persona blocks it. Default '162021009999'. */
  readonly agencySenderOrgNr?: string;
  /** The mailboxes at start; default defaultMailboxAccounts(agencySenderOrgNr). */
  readonly accounts?: readonly MailboxAccount[];
}

/** Admin helpers for tests and demos (also over HTTP: PUT /admin/accounts, GET /admin/messages?transId=). */
export interface DevMailboxAccounts {
  list(): readonly MailboxAccount[];
  get(recipientId: string): MailboxAccount | undefined;
  /** Sets or (operatorId null) removes a mailbox; in memory only. */
  set(recipientId: string, change: MailboxAccountChange): MailboxAccount | undefined;
  /** The inbox page of a recipient's mailbox at an operator (an opaque id, no personnummer). */
  inboxUrl(operatorId: DevOperatorId, recipientId: string): string;
  /** Every stored letter to the recipient, at either operator. */
  messages(recipientId: string): readonly StoredMessage[];
}

export interface DevMailboxOperator {
  /** Base URL, no trailing slash. */
  readonly url: string;
  /** POST here for FaR's Recipient v3 IsReachable. */
  readonly reachabilityUrl: string;
  readonly operators: readonly { readonly id: DevOperatorId; readonly name: string; readonly serviceAddress: string }[];
  readonly accounts: DevMailboxAccounts;
  close(): Promise<void>;
}

/** Lookups and admin calls are small; only DeliverSecure takes letters (DELIVERY_BODY_LIMIT). */
const JSON_BODY_LIMIT = 1024 * 1024;

function errorCode(status: number, fastifyCode: string | undefined): string {
  if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'TOO_LARGE';
  if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return 'UNSUPPORTED_MEDIA_TYPE';
  return status < 500 ? 'MALFORMED' : 'INTERNAL';
}

function baseUrlFor(options: DevMailboxOperatorOptions, port: number): string {
  if (options.publicUrl) return options.publicUrl.replace(/\/+$/, '');
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Starts the operator; DEV_SERVICE_REFUSED in production mode. */
export async function startDevMailboxOperator(options: DevMailboxOperatorOptions): Promise<DevMailboxOperator> {
  if (options.mode === 'production') throw new InsynError('DEV_SERVICE_REFUSED', 'development mailbox operator');
  const store = options.dataDir === undefined ? createMemoryMessageStore() : await openFileMessageStore(options.dataDir);
  const inboxIdOf = inboxIds(await inboxIdKey(options.dataDir));
  const accounts = createMailboxAccountRegister(options.accounts ?? defaultMailboxAccounts(options.agencySenderOrgNr));
  let baseUrl = '';
  // No logger: request lines would be harmless, but bodies and errors carry identity numbers.
  const app = Fastify({ logger: false, bodyLimit: JSON_BODY_LIMIT });
  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    return reply.code(status).send({ code: errorCode(status, error.code) });
  });
  registerMailboxApi(app, { accounts, store, trust: options.trust, inboxIdOf, baseUrl: () => baseUrl });
  registerInboxRoutes(app, { accounts, store, inboxIdOf });
  await app.listen({ host: options.host, port: options.port });
  baseUrl = baseUrlFor(options, (app.server.address() as AddressInfo).port);
  const url = baseUrl;
  return Object.freeze({
    url,
    reachabilityUrl: `${url}/recipient/v3/is-reachable`,
    operators: Object.freeze(DEV_MAILBOX_OPERATORS.map((operator) => Object.freeze({
      id: operator.id, name: operator.name, serviceAddress: deliverUrl(url, operator.id),
    }))),
    accounts: Object.freeze({
      list: accounts.list,
      get: accounts.get,
      set: accounts.set,
      inboxUrl: (operatorId: DevOperatorId, recipientId: string) => `${url}/inkorg/${inboxIdOf(operatorId, recipientId)}`,
      messages: (recipientId: string) => store.list().filter((message) => message.recipientId === recipientId),
    }),
    close: async () => {
      await app.close();
    },
  });
}
