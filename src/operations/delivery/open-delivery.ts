// What delivery needs, put together from the configuration: the population register behind the
// access layer, the mailbox service (the configured one, or in development the local operator the
// server runs) with the keys that sign and seal, the print directory and the fallback time.
import type { Kysely } from 'kysely';
import type { AccessLayer } from '../../access/access-layer.ts';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Config } from '../../config/config.ts';
import type { Database } from '../../db/database-schema.ts';
import { httpMailboxService, senderOrgNumber, type MailboxService } from '../../delivery/mailbox/mailbox-client.ts';
import { loadMailboxKeys, type MailboxKeys } from '../../delivery/mailbox/mailbox-keys.ts';
import type { TransitionLogPort } from '../requests/move-request.ts';
import type { DeliveryDependencies } from './deliver-letters.ts';
import { catalogPopulationRegister } from './population-register.ts';

export interface OpenDeliveryInput {
  readonly config: Config;
  readonly catalog: Catalog;
  readonly db: Kysely<Database>;
  readonly processingLog: TransitionLogPort;
  readonly sealer: SubjectSealer;
  readonly contentSealer: ContentSealer;
  readonly access: () => Promise<AccessLayer>;
  /** The mailbox service's base URL when none is configured (the development operator), if it runs. */
  readonly devMailboxUrl: () => string | undefined;
  readonly clock?: () => Date;
}

/** The configured service, or the development operator's when it runs; asked on every call (it may start later). */
function mailboxService(input: OpenDeliveryInput): MailboxService | undefined {
  const { config } = input;
  const options = {
    senderOrgNumber: senderOrgNumber(input.catalog.controller.organisationNumber), timeoutMs: config.delivery.mailboxTimeoutMs,
    httpsOnly: config.mode === 'production',
  };
  if (config.delivery.mailboxUrl) return httpMailboxService({ ...options, url: config.delivery.mailboxUrl });
  if (!config.devServices) return undefined;
  const fallback = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.delivery.devMailboxPort}`;
  return {
    reachability: (recipientId) => httpMailboxService({ ...options, url: input.devMailboxUrl() ?? fallback }).reachability(recipientId),
    deliver: (address, xml) => httpMailboxService({ ...options, url: input.devMailboxUrl() ?? fallback }).deliver(address, xml),
  };
}

export function openDelivery(input: OpenDeliveryInput): DeliveryDependencies {
  // Production reads its keys now, so that an unusable key stops the start and not the first letter.
  let keys: MailboxKeys | undefined = input.config.mode === 'production' ? loadMailboxKeys(input.config) : undefined;
  const service = mailboxService(input);
  return {
    db: input.db, catalog: input.catalog, processingLog: input.processingLog, sealer: input.sealer, contentSealer: input.contentSealer,
    clock: input.clock ?? (() => new Date()),
    register: catalogPopulationRegister(input.catalog, input.access),
    mailbox: service ? { service, keys: () => (keys ??= loadMailboxKeys(input.config)) } : undefined,
    printDir: input.config.delivery.printDir,
    fallbackAfterMs: input.config.delivery.fallbackAfterMs,
  };
}
