// Delivery against real parts: casework on a PGlite database of its own, the demo agency's
// population register (seeded, behind the access layer) as the register port, the development
// mailbox operator on a port of its own (trusting this fixture's generated keys), and a print
// directory in a temporary folder. The mailbox service can be pointed through a TCP proxy so
// tests can cut it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailboxKeys } from '../../src/delivery/mailbox/mailbox-keys.ts';
import { httpMailboxService, senderOrgNumber, type MailboxService } from '../../src/delivery/mailbox/mailbox-client.ts';
import { startDevMailboxOperator, type DevMailboxOperator } from '../../src/devservices/mailbox-operator/dev-mailbox-operator.ts';
import type { DeliveryDependencies } from '../../src/operations/delivery/deliver-letters.ts';
import { catalogPopulationRegister } from '../../src/operations/delivery/population-register.ts';
import { guardianCheck } from '../../src/operations/requests/guardian-check.ts';
import { protectionLookup } from '../../src/operations/requests/protection-lookup.ts';
import type { DecisionDependencies } from '../../src/operations/requests/decide-request.ts';
import { openCaseworkFixture, type CaseworkFixture } from './casework-fixture.ts';
import { openSourceFixture, type SourceFixture } from './source-systems-fixture.ts';
import { pgliteDatabase } from './test-databases.ts';
import { rsaKey } from './rsa-key.ts';

function rsa(): MailboxKeys['sender'] {
  const { privateKeyPem, publicKeyPem } = rsaKey();
  return { privateKeyPem, publicKeyPem };
}

/** The service with its deliveries sent to `origin` (same path) instead of the address the register named. */
function routed(service: MailboxService, origin: string | undefined): MailboxService {
  if (!origin) return service;
  return {
    reachability: (recipientId) => service.reachability(recipientId),
    deliver: (address, xml) => {
      const url = new URL(address);
      return service.deliver(`${origin}${url.pathname}`, xml);
    },
  };
}

export interface DeliveryFixture {
  readonly casework: CaseworkFixture;
  /** Casework with the demo register's protection and custody checks. */
  readonly deps: DecisionDependencies;
  readonly sources: SourceFixture;
  readonly operator: DevMailboxOperator;
  readonly keys: MailboxKeys;
  readonly printDir: string;
  /**
   * Delivery dependencies. `mailboxUrl` points the lookup elsewhere, `deliverVia` sends deliveries to this origin (a TCP proxy
   * in front of the operator) instead of the operator's own, `fallbackAfterMs` sets the fallback time.
   */
  delivery(options?: { readonly mailboxUrl?: string; readonly deliverVia?: string; readonly fallbackAfterMs?: number }): DeliveryDependencies;
  close(): Promise<void>;
}

export async function openDeliveryFixture(options: { readonly now?: string } = {}): Promise<DeliveryFixture> {
  const casework = await openCaseworkFixture({ now: options.now ?? '2026-03-02T09:00:00Z' });
  const sources = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 40 });
  const keys: MailboxKeys = { sender: rsa(), seal: rsa() };
  const orgNumber = senderOrgNumber(sources.catalog.controller.organisationNumber);
  const operator = await startDevMailboxOperator({
    mode: 'development', host: '127.0.0.1', port: 0,
    trust: { senderKeysPem: [keys.sender.publicKeyPem], sealKeysPem: [keys.seal.publicKeyPem] }, agencySenderOrgNr: orgNumber,
  });
  const printDir = mkdtempSync(join(tmpdir(), 'insyn-print-'));
  const access = async () => sources.sources.access;
  const deps: DecisionDependencies = {
    ...casework.deps, protectionOf: protectionLookup(sources.catalog, access), guardianOf: guardianCheck(sources.catalog, access),
  };
  return {
    casework, deps, sources, operator, keys, printDir,
    delivery: (choice = {}) => ({
      db: casework.db, catalog: sources.catalog, processingLog: casework.log, sealer: casework.deps.sealer,
      contentSealer: casework.deps.contentSealer, clock: casework.deps.clock,
      register: catalogPopulationRegister(sources.catalog, access),
      mailbox: { service: routed(httpMailboxService({ url: choice.mailboxUrl ?? operator.url, senderOrgNumber: orgNumber, timeoutMs: 2000 }), choice.deliverVia), keys: () => keys },
      printDir, fallbackAfterMs: choice.fallbackAfterMs ?? 24 * 3_600_000,
    }),
    close: async () => {
      await operator.close();
      await casework.close();
      await sources.close();
      rmSync(printDir, { recursive: true, force: true });
    },
  };
}
