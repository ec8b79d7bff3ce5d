// The NATS JetStream channel for Art. 19 notifications: the same JSON document as the webhook,
// published to the recipient's subject with the notification id as JetStream's message id
// (`Nats-Msg-Id`), so that a retry after a lost ack is dropped by the server as a duplicate within
// the stream's duplicate window, and signed in the header `Insyn-Signature: sha256=<hex>` (HMAC-SHA256
// of the body under the recipient's secret). The send resolves only on the stream's ack; the receipt
// is `<stream>/<seq>` (` duplicate` when the server already held it). No connection, a timeout, or no
// stream taking the subject: tried again later. A refusal by the server's permissions or limits: for good.
// Connections are opened lazily, one per server address, shared by the recipients on that server.
import { jetstream, JetStreamApiError, type JetStreamClient } from '@nats-io/jetstream';
import { connect, errors, headers, type NatsConnection } from '@nats-io/transport-node';
import { InsynError } from '../../domain/error-catalogue.ts';
import { notificationDocument, type NotificationChannel } from './notification-channel.ts';
import { webhookSignature } from './webhook-channel.ts';

export interface NatsTarget {
  /** `nats://host:port/<subject>` or `tls://host:port/<subject>`. */
  readonly url: string;
  readonly secret: string;
  readonly timeoutMs: number;
}

export const NATS_SIGNATURE_HEADER = 'Insyn-Signature';

/** The server address (`nats://host:port`) and subject of a channel URL. */
export function natsAddress(url: string): { readonly server: string; readonly subject: string; readonly tls: boolean } {
  const parsed = new URL(url);
  return { server: `${parsed.protocol}//${parsed.host}`, subject: decodeURIComponent(parsed.pathname.slice(1)), tls: parsed.protocol === 'tls:' };
}

interface Link {
  readonly connection: NatsConnection;
  readonly js: JetStreamClient;
}

/** The open connections, one per server address; `close()` drains them (a worker's stop). */
export interface NatsConnections {
  link(server: string, tls: boolean, timeoutMs: number): Promise<Link>;
  close(): Promise<void>;
}

export function natsConnections(): NatsConnections {
  const links = new Map<string, Promise<Link>>();
  const open = async (server: string, tls: boolean, timeoutMs: number): Promise<Link> => {
    const connection = await connect({
      servers: server, name: 'insyn-notify', timeout: timeoutMs, reconnectTimeWait: 1000, ...(tls ? { tls: {} } : {}),
    });
    return { connection, js: jetstream(connection, { timeout: timeoutMs }) };
  };
  return {
    async link(server, tls, timeoutMs) {
      let pending = links.get(server);
      if (pending) {
        const ready = await pending.catch(() => undefined);
        // A connection the client gave up on (or one never made) is opened afresh.
        if (ready && !ready.connection.isClosed()) return ready;
        if (links.get(server) === pending) links.delete(server);
      }
      pending = links.get(server) ?? open(server, tls, timeoutMs);
      links.set(server, pending);
      try {
        return await pending;
      } catch (error) {
        if (links.get(server) === pending) links.delete(server);
        throw error;
      }
    },
    async close() {
      const all = [...links.values()];
      links.clear();
      await Promise.all(all.map(async (pending) => {
        const ready = await pending.catch(() => undefined);
        if (ready && !ready.connection.isClosed()) await ready.connection.drain().catch(() => ready.connection.close());
      }));
    },
  };
}

/** Nobody answered the publish: no stream takes the subject (the client names it `JetStreamNotEnabled`). */
function isNoResponders(error: unknown): boolean {
  return error instanceof errors.NoRespondersError || (error instanceof errors.RequestError && error.isNoResponders());
}

/** Why a publish failed, in words without the message's content: the error's class and, from JetStream, its code. */
function failure(server: string, subject: string, error: unknown): InsynError {
  const where = `${server}/${subject}`;
  if (isNoResponders(error) || isNoResponders((error as Error | null)?.cause)) {
    return new InsynError('NOTIFICATION_UNAVAILABLE', `${where}: no JetStream stream takes the subject (no responders)`, { cause: error });
  }
  if (error instanceof JetStreamApiError) {
    const code = `${where}: JetStream error ${error.status}/${error.code}`;
    return new InsynError(error.status >= 500 ? 'NOTIFICATION_UNAVAILABLE' : 'NOTIFICATION_REJECTED', code, { cause: error });
  }
  if (error instanceof errors.PermissionViolationError || error instanceof errors.AuthorizationError
    || error instanceof errors.InvalidSubjectError || error instanceof errors.InvalidArgumentError) {
    return new InsynError('NOTIFICATION_REJECTED', `${where}: ${error.name}`, { cause: error });
  }
  const name = error instanceof errors.TimeoutError ? 'timeout' : (error as Error | null)?.name ?? 'Error';
  return new InsynError('NOTIFICATION_UNAVAILABLE', `${where}: ${name === 'Error' ? 'not connected' : name}`, { cause: error });
}

export function natsChannel(target: NatsTarget, connections: NatsConnections): NotificationChannel {
  const { server, subject, tls } = natsAddress(target.url);
  const shown = new URL(server).host;
  return {
    name: 'nats',
    async send(notification) {
      const body = notificationDocument(notification);
      const signed = headers();
      signed.set(NATS_SIGNATURE_HEADER, webhookSignature(target.secret, body));
      try {
        const { js } = await connections.link(server, tls, target.timeoutMs);
        const ack = await js.publish(subject, body, { msgID: notification.id, headers: signed, timeout: target.timeoutMs });
        return { receipt: `${ack.stream}/${ack.seq}${ack.duplicate ? ' duplicate' : ''}` };
      } catch (error) {
        throw failure(shown, subject, error);
      }
    },
  };
}
