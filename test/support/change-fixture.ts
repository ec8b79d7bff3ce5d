// The change workflows (issue 6) against real parts: the demo agency seeded (embedded PGlite, or
// PostgreSQL + MariaDB) behind the access layer, with Insyn's own tables (requests, change items,
// the restriction register, the outbox) in the same database as the processing log, the casework
// operations, and the durable job engine running `changes.execute` and delivering the letters (the
// development mailbox operator, post to a print directory): a restriction is lifted only once the
// decision that gave notice of it has been delivered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { httpMailboxService, senderOrgNumber } from '../../src/delivery/mailbox/mailbox-client.ts';
import type { MailboxKeys } from '../../src/delivery/mailbox/mailbox-keys.ts';
import { startDevMailboxOperator } from '../../src/devservices/mailbox-operator/dev-mailbox-operator.ts';
import type { DeliveryDependencies } from '../../src/operations/delivery/deliver-letters.ts';
import { deliveryJob } from '../../src/operations/delivery/delivery-jobs.ts';
import { catalogPopulationRegister } from '../../src/operations/delivery/population-register.ts';
import { rsaKey } from './rsa-key.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { createSubjectSealer } from '../../src/audit/subject-sealer.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { createWorker } from '../../src/engine/worker.ts';
import type { JobContext } from '../../src/engine/job-definition.ts';
import type { IdentityNumber } from '../../src/domain/personnummer.ts';
import type { ChangeworkDependencies } from '../../src/operations/changes/change-work.ts';
import { executeChangesJob } from '../../src/operations/changes/execute-changes.ts';
import { addSupplementaryStatement } from '../../src/operations/changes/supplementary-statements.ts';
import type { DecisionDependencies } from '../../src/operations/requests/decide-request.ts';
import { registerRequest } from '../../src/operations/requests/register-request.ts';
import type { RequestRight } from '../../src/domain/request-kinds.ts';
import { openSourceFixture, type SourceFixture } from './source-systems-fixture.ts';

export interface ChangeFixture {
  readonly sources: SourceFixture;
  readonly deps: DecisionDependencies;
  readonly changework: ChangeworkDependencies;
  /** Registers a request of the person (by phone, identified by the registered address). */
  register(right: RequestRight, subject: IdentityNumber): Promise<string>;
  /** Runs due jobs (of the kinds named, default all) until none is left; resolves to how many ran. */
  runJobs(kinds?: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

export async function openChangeFixture(options: {
  readonly database: DatabaseHandle; readonly persons?: number; readonly demoPostgresUrl?: string; readonly demoMariadbUrl?: string;
  readonly erasureWaitMs?: number;
}): Promise<ChangeFixture> {
  const sources = await openSourceFixture({
    logDatabase: options.database, persons: options.persons ?? 30, registers: true,
    ...(options.demoPostgresUrl ? { demoPostgresUrl: options.demoPostgresUrl } : {}), ...(options.demoMariadbUrl ? { demoMariadbUrl: options.demoMariadbUrl } : {}),
  });
  const db = options.database.db;
  const contentSealer = createContentSealer(sources.secret);
  const recordKeyer = createRecordKeyer(sources.secret);
  const clock = () => new Date();
  const deps: DecisionDependencies = {
    db, catalog: sources.catalog, processingLog: sources.log, subjectKey: sources.subjectKey, sealer: createSubjectSealer(sources.secret),
    contentSealer, recordKeyer, clock,
    casework: { caseNumberPrefix: 'DSR', duplicateWindowDays: 0, reminderWorkingDays: 5, erasureWaitMs: options.erasureWaitMs ?? 0 }, evesAreHolidays: false,
    protectionOf: async () => false,
  };
  const changework: ChangeworkDependencies = {
    db, catalog: sources.catalog, contentSealer, sealer: deps.sealer, subjectKey: sources.subjectKey, keyed: recordKeyer,
    access: async () => sources.sources.access, clock, erasureWaitMs: options.erasureWaitMs ?? 0, noticeRecheckMs: 0,
    supplement: async (input) => {
      await addSupplementaryStatement(db, { catalog: sources.catalog, sealer: contentSealer, recordKeyer, subjectKey: sources.subjectKey, clock }, input);
    },
  };
  const { privateKeyPem, publicKeyPem } = rsaKey();
  const keys: MailboxKeys = { sender: { privateKeyPem, publicKeyPem }, seal: { privateKeyPem, publicKeyPem } };
  const orgNumber = senderOrgNumber(sources.catalog.controller.organisationNumber);
  const operator = await startDevMailboxOperator({
    mode: 'development', host: '127.0.0.1', port: 0, trust: { senderKeysPem: [publicKeyPem], sealKeysPem: [publicKeyPem] }, agencySenderOrgNr: orgNumber,
  });
  const printDir = mkdtempSync(join(tmpdir(), 'insyn-change-print-'));
  const access = async () => sources.sources.access;
  const delivery: DeliveryDependencies = {
    db, catalog: sources.catalog, processingLog: sources.log, sealer: deps.sealer, contentSealer, clock,
    register: catalogPopulationRegister(sources.catalog, access),
    mailbox: { service: httpMailboxService({ url: operator.url, senderOrgNumber: orgNumber, timeoutMs: 5000 }), keys: () => keys },
    printDir, fallbackAfterMs: 24 * 3_600_000,
  };
  const workerFor = (kinds?: readonly string[]) => createWorker({
    db, definitions: [executeChangesJob(changework), deliveryJob(delivery)], workerId: 'change-fixture', concurrency: 1,
    backoff: () => 0, onError: () => undefined, ...(kinds ? { kinds } : {}),
  });
  return {
    sources, deps, changework,
    register: async (right, subject) => (await registerRequest(deps, {
      right, channel: 'phone', language: 'sv', subject, identityMethod: 'registered-address', details: { text: 'Begäran per telefon.' }, actor: 'staff:hanna',
    })).id,
    runJobs: async (kinds) => {
      const worker = workerFor(kinds);
      let total = 0;
      for (let round = 0; round < 50; round += 1) {
        const ran = await worker.runOnce();
        if (ran === 0) break;
        total += ran;
      }
      return total;
    },
    close: async () => {
      await operator.close();
      await sources.close();
      rmSync(printDir, { recursive: true, force: true });
    },
  };
}

export interface CrashingSteps {
  readonly step: JobContext['step'];
  /** How many steps not stored before the run asked for (the one it died at included). */
  readonly asked: () => number;
  /** Resolves when the worker dies; never when the run gets past its crash point. */
  readonly crashed: Promise<'crashed'>;
}

/**
 * A step memo as the engine keeps one (`stored` stands for the job's job_step rows: share it between
 * the runs of one job), in a worker that dies at a step boundary: asked for its `crashAt`-th step not
 * stored before (0-based), it runs nothing more. The step never settles, as in a process that is
 * gone: no error handler of the job runs and nothing after the boundary is written; `crashed`
 * resolves instead. (A thrown error would be no crash: the job's own handlers would catch it.)
 */
export function crashingSteps(stored: Map<string, unknown>, crashAt: number): CrashingSteps {
  let asked = 0;
  let die!: (value: 'crashed') => void;
  const crashed = new Promise<'crashed'>((resolve) => { die = resolve; });
  return {
    asked: () => asked,
    crashed,
    step: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      if (stored.has(name)) return stored.get(name) as T;
      asked += 1;
      if (asked - 1 === crashAt) {
        die('crashed');
        return new Promise<T>(() => {});
      }
      const result = await fn();
      stored.set(name, JSON.parse(JSON.stringify(result ?? null)));
      return stored.get(name) as T;
    },
  };
}

/** One attempt of a job whose steps are `steps`: 'crashed' when its worker died, 'finished' when it returned (a run that throws rejects). */
export function attemptJob(run: Promise<void>, steps: CrashingSteps): Promise<'crashed' | 'finished'> {
  return Promise.race([run.then(() => 'finished' as const), steps.crashed]);
}
