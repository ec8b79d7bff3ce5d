// Composition root: config → database → stores → services → http | worker | cli.
// The only module that knows every concrete implementation.
import { runCli } from './cli/run-cli.ts';
import type { Command } from './cli/command.ts';
import { migrateCommand } from './cli/migrate.ts';
import { catalogCheckCommand } from './cli/catalog-check.ts';
import { catalogRopaCommand } from './cli/catalog-ropa.ts';
import { demoSeedCommand } from './cli/demo-seed.ts';
import { serveCommand } from './cli/serve.ts';
import { workerCommand } from './cli/worker.ts';
import { buildServer } from './http/build-server.ts';
import { checkReadiness } from './operations/check-readiness.ts';
import { loadConfig } from './config/load-config.ts';
import type { Config } from './config/config.ts';
import type { AppServices } from './operations/app-services.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrations.ts';
import { pingDatabase } from './db/ping-database.ts';
import { loadCatalog } from './catalog/load-catalog.ts';
import { auditVerifyCommand } from './cli/audit-verify.ts';
import { consentExportCommand } from './cli/consent-export.ts';
import { extractCommand } from './cli/extract.ts';
import { extractPlanCommand } from './cli/extract-plan.ts';
import { extractFinishCommand } from './cli/extract-finish.ts';
import { reviewListCommand } from './cli/review-list.ts';
import { reviewProposeCommand } from './cli/review-propose.ts';
import { reviewApproveCommand } from './cli/review-approve.ts';
import { createProcessingLog } from './audit/processing-log.ts';
import { deriveChainHashKeys } from './audit/chain-hash-keys.ts';
import { loadCheckpointSigner, loadSubjectKeySecret } from './audit/signing-keys.ts';
import { createSubjectKeyer } from './audit/subject-key.ts';
import { createRecordKeyer } from './audit/record-key.ts';
import { createSubjectSealer } from './audit/subject-sealer.ts';
import { createContentSealer } from './audit/content-sealer.ts';
import { openSourceSystems, type SourceSystems } from './operations/source-systems.ts';
import { ensureDemoData } from './operations/demo/ensure-demo-data.ts';
import { jobDefinitions } from './operations/job-definitions.ts';
import { scheduleReminders } from './operations/requests/remind-job.ts';
import { createCaseworkService, type CaseworkService } from './operations/requests/casework-service.ts';
import { createConsentService, type ConsentService } from './operations/consent/consent-service.ts';
import { scheduleConsentPurges } from './operations/consent/consent-purge-job.ts';
import { rightsEvent } from './operations/requests/move-request.ts';
import { protectionLookup } from './operations/requests/protection-lookup.ts';
import { guardianCheck } from './operations/requests/guardian-check.ts';
import { createWebAuth } from './operations/auth/create-web-auth.ts';
import { createRateLimiter } from './operations/auth/rate-limiter.ts';
import { createAccessibilityFeedback, type AccessibilityFeedbackService } from './operations/accessibility/accessibility-feedback.ts';
import { resolveOidcProviders } from './operations/auth/oidc-providers.ts';
import { startDevIdentityProvider, type DevIdentityProvider } from './devservices/identity-provider/dev-identity-provider.ts';
import { startWorker, type RunningWorker } from './operations/start-worker.ts';
import { openDelivery } from './operations/delivery/open-delivery.ts';
import { changeValuesStore } from './operations/changes/change-values.ts';
import { restrictionRegister } from './operations/changes/restriction-register.ts';
import type { ChangeworkDependencies } from './operations/changes/change-work.ts';
import { addSupplementaryStatement } from './operations/changes/supplementary-statements.ts';
import { recipientChannels } from './delivery/notify/recipient-channels.ts';
import { scheduleNotificationSweeps } from './operations/changes/sweep-notifications.ts';
import { schedulePrintBatches } from './operations/delivery/delivery-jobs.ts';
import { loadMailboxKeys } from './delivery/mailbox/mailbox-keys.ts';
import { senderOrgNumber } from './delivery/mailbox/mailbox-client.ts';
import { startDevMailboxOperator, type DevMailboxOperator } from './devservices/mailbox-operator/dev-mailbox-operator.ts';

/** Outside production without configured providers, `serve` runs the development identity provider beside Insyn. */
let devIdentityProvider: DevIdentityProvider | undefined;

async function startDevIdentityProviderIfNeeded(config: Config, io: { out: { write(text: string): unknown } }): Promise<void> {
  if (!config.devServices || (config.web.citizenOidc && config.web.staffOidc)) return;
  devIdentityProvider = await startDevIdentityProvider({
    mode: config.mode, publicUrl: config.web.publicUrl, host: config.host, port: config.web.devIdentityProviderPort,
  });
  io.out.write(`Development identity provider (test persons, never in production): ${devIdentityProvider.issuer}/\n`);
}

/** Outside production without a configured mailbox service, `serve` runs the development mailbox operator. */
let devMailboxOperator: DevMailboxOperator | undefined;

async function startDevMailboxOperatorIfNeeded(services: AppServices, io: { out: { write(text: string): unknown } }): Promise<void> {
  const { config } = services;
  if (!config.devServices || config.delivery.mailboxUrl) return;
  const keys = loadMailboxKeys(config);
  devMailboxOperator = await startDevMailboxOperator({
    mode: config.mode, host: config.host, port: config.delivery.devMailboxPort, dataDir: config.dataDir,
    trust: { senderKeysPem: [keys.sender.publicKeyPem], sealKeysPem: [keys.seal.publicKeyPem] },
    agencySenderOrgNr: senderOrgNumber(services.catalog.controller.organisationNumber),
  });
  io.out.write(`Development mailbox operator (demo persons' digital mailboxes, never in production): ${devMailboxOperator.url}/\n`);
}

const serve = serveCommand({
  buildServer: async (services) => {
    const server = await buildServer({
      config: services.config,
      catalog: services.catalog,
      ready: () => checkReadiness(services),
      auth: services.webAuth(resolveOidcProviders(services.config.web, devIdentityProvider?.clients)),
      casework: services.casework(),
      consent: services.consent(),
      accessibilityFeedback: services.accessibilityFeedback(),
    });
    server.addHook('onClose', async () => {
      await devIdentityProvider?.close();
      await devMailboxOperator?.close();
    });
    return server;
  },
  beforeListen: async (services, io) => {
    await startDevIdentityProviderIfNeeded(services.config, io);
    await startDevMailboxOperatorIfNeeded(services, io);
    const seeded = await ensureDemoData(services);
    if (seeded > 0) io.out.write(`Seeded the demo agency with ${seeded} synthetic persons (first start).\n`);
    // PGlite allows one process per data directory, so embedded mode runs its worker in-process
    // (closing the services stops it); with PostgreSQL, run `insyn worker` processes.
    if (services.config.mode === 'embedded') services.startWorker();
  },
});

const commands: readonly Command[] = [
  serve,
  workerCommand(),
  migrateCommand,
  catalogCheckCommand,
  catalogRopaCommand,
  demoSeedCommand,
  auditVerifyCommand,
  consentExportCommand,
  extractCommand,
  extractPlanCommand,
  extractFinishCommand,
  reviewListCommand,
  reviewProposeCommand,
  reviewApproveCommand,
];

/** Insyn's own database; outside production the schema follows the code, production migrates only by `insyn migrate`. */
async function openSchemaDatabase(config: Config): Promise<{ database: DatabaseHandle; migrated: string[] }> {
  const database = await openDatabase(config);
  try {
    return { database, migrated: config.mode === 'production' ? [] : await migrateToLatest(database.db) };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function openServices(config: Config): Promise<AppServices> {
  const catalog = loadCatalog(config.catalogDir);
  const signer = loadCheckpointSigner(config);
  const subjectKeySecret = loadSubjectKeySecret(config);
  const subjectKey = createSubjectKeyer(subjectKeySecret);
  const subjectSealer = createSubjectSealer(subjectKeySecret);
  const contentSealer = createContentSealer(subjectKeySecret);
  const { database, migrated } = await openSchemaDatabase(config);
  const processingLog = createProcessingLog({ db: database.db, signer, hashKeys: deriveChainHashKeys(subjectKeySecret) });
  let sources: Promise<SourceSystems> | undefined;
  const changes = changeValuesStore(database.db, contentSealer);
  const recordKeyer = createRecordKeyer(subjectKeySecret);
  const restrictions = restrictionRegister(database.db, recordKeyer);
  const openSources = () => (sources ??= openSourceSystems({ config, catalog, processingLog, subjectKey, changes, restrictions })
    .catch((error: unknown) => {
      sources = undefined; // the next call tries again
      throw error;
    }));
  const workers = new Set<RunningWorker>();
  let casework: CaseworkService | undefined;
  let consent: ConsentService | undefined;
  const openConsent = () => (consent ??= createConsentService({
    db: database.db, catalog, clock: () => new Date(), retention: config.consent.retention,
  }));
  let accessibilityFeedback: AccessibilityFeedbackService | undefined;
  const access = async () => (await openSources()).access;
  const changework: ChangeworkDependencies = {
    db: database.db, catalog, contentSealer, sealer: subjectSealer, subjectKey, keyed: recordKeyer, access, clock: () => new Date(),
    erasureWaitMs: config.casework.erasureWaitMs,
    supplement: async (input) => {
      await addSupplementaryStatement(database.db, { catalog, sealer: contentSealer, recordKeyer, subjectKey, clock: () => new Date() }, input);
    },
  };
  const delivery = openDelivery({
    config, catalog, db: database.db, processingLog, sealer: subjectSealer, contentSealer, access, devMailboxUrl: () => devMailboxOperator?.url,
  });
  return {
    config,
    catalog,
    database,
    migrated,
    processingLog,
    subjectKey,
    recordKeyer,
    subjectSealer,
    contentSealer,
    clock: () => new Date(),
    sources: openSources,
    casework: () => (casework ??= createCaseworkService({
      db: database.db, catalog, processingLog, viewLog: processingLog, subjectKey, sealer: subjectSealer, contentSealer, recordKeyer,
      clock: () => new Date(), casework: config.casework, evesAreHolidays: config.deadlineEvesAreHolidays,
      protectionOf: protectionLookup(catalog, access), guardianOf: guardianCheck(catalog, access), changework,
    })),
    accessibilityFeedback: () => (accessibilityFeedback ??= createAccessibilityFeedback({
      db: database.db, sealer: contentSealer, clock: () => new Date(),
      rateLimit: createRateLimiter({
        db: database.db, clock: () => new Date(), secret: subjectKeySecret,
        perPerson: config.web.rateLimitPerPerson, perAddress: config.web.rateLimitPerAddress,
      }),
    })),
    consent: openConsent,
    webAuth: (providers) => createWebAuth({
      db: database.db, mode: config.mode, web: config.web, providers, subjectKeySecret,
      loginLog: async (key, detail) => {
        await processingLog.append([rightsEvent(catalog, { actor: 'e-service', kind: 'collect', subjectKey: key, datasets: [], fields: [], detail: { login: detail.identity } })]);
      },
    }),
    startWorker: (options) => {
      const channels = recipientChannels(config.notify);
      const definitions = jobDefinitions({
        db: database.db, catalog, sealer: subjectSealer, sources: openSources, processingLog,
        reminderWorkingDays: config.casework.reminderWorkingDays, evesAreHolidays: config.deadlineEvesAreHolidays, delivery,
        notify: { db: database.db, sealer: contentSealer, channels, clock: () => new Date() }, changes: changework,
        consent: openConsent(),
      });
      const worker = startWorker(database.db, definitions, options);
      void scheduleReminders(database.db, new Date()).catch(() => { /* the next worker start schedules it */ });
      void schedulePrintBatches(database.db, new Date()).catch(() => { /* the next worker start schedules it */ });
      void scheduleNotificationSweeps(database.db, new Date()).catch(() => { /* the next worker start schedules it */ });
      void scheduleConsentPurges(database.db, new Date()).catch(() => { /* the next worker start schedules it */ });
      // Stopping the worker (or closing the services) also drains the NATS connections its channels opened.
      const running: RunningWorker = { ...worker, stop: async () => { workers.delete(running); await worker.stop(); await channels.close(); } };
      workers.add(running);
      return running;
    },
    ping: () => pingDatabase(database.db),
    close: async () => {
      try {
        await Promise.all([...workers].map((worker) => worker.stop()));
        await (await sources?.catch(() => undefined))?.close();
        await consent?.flush();
        await processingLog.close();
      } finally {
        await database.close();
      }
    },
  };
}

process.exitCode = await runCli(process.argv.slice(2), {
  commands,
  io: { out: process.stdout, err: process.stderr, in: process.stdin },
  loadConfig: () => loadConfig(),
  openServices,
});
