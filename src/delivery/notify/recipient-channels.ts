// Which channel tells which recipient: built from the configuration (INSYN_NOTIFY_<RECIPIENT>_URL
// and _SECRET). The scheme of the address picks the adapter; a recipient with no address has
// no channel, and its notifications fail visibly with RECIPIENT_NOT_CONFIGURED.
import type { NotifyConfig } from '../../config/config.ts';
import type { NotificationChannel } from './notification-channel.ts';
import { webhookChannel } from './webhook-channel.ts';

export type RecipientChannels = (recipient: string) => NotificationChannel | undefined;

export function recipientChannels(config: NotifyConfig): RecipientChannels {
  const channels = new Map<string, NotificationChannel>();
  for (const [recipient, target] of Object.entries(config.recipients)) {
    const protocol = new URL(target.url).protocol;
    if (protocol === 'https:' || protocol === 'http:') {
      channels.set(recipient, webhookChannel({ url: target.url, secret: target.secret, timeoutMs: config.timeoutMs }));
    }
  }
  return (recipient) => channels.get(recipient);
}
