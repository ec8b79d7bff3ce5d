// Which channel tells which recipient: built from the configuration (INSYN_NOTIFY_<RECIPIENT>_URL
// and _SECRET). The scheme of the address picks the adapter (http/https: webhook; nats/tls: NATS
// JetStream); a recipient with no address has no channel, and its notifications fail visibly with
// RECIPIENT_NOT_CONFIGURED. `close()` drains the NATS connections the channels opened.
import type { NotifyConfig } from '../../config/config.ts';
import { recipientEnvId } from '../../config/notify-config.ts';
import { natsChannel, natsConnections } from './nats-channel.ts';
import type { NotificationChannel } from './notification-channel.ts';
import { webhookChannel } from './webhook-channel.ts';

export type RecipientChannels = (recipient: string) => NotificationChannel | undefined;

export type ClosableRecipientChannels = RecipientChannels & { close(): Promise<void> };

export function recipientChannels(config: NotifyConfig): ClosableRecipientChannels {
  const channels = new Map<string, NotificationChannel>();
  const connections = natsConnections();
  for (const [recipient, target] of Object.entries(config.recipients)) {
    const protocol = new URL(target.url).protocol;
    const settings = { url: target.url, secret: target.secret, timeoutMs: config.timeoutMs };
    if (protocol === 'https:' || protocol === 'http:') channels.set(recipient, webhookChannel(settings));
    if (protocol === 'nats:' || protocol === 'tls:') channels.set(recipient, natsChannel(settings, connections));
  }
  return Object.assign((recipient: string) => channels.get(recipientEnvId(recipient)), { close: () => connections.close() });
}
