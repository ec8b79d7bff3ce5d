// The change workflows (issue 6) against real parts: the demo agency seeded (embedded PGlite, or
// PostgreSQL + MariaDB) behind the access layer, with Insyn's own tables (requests, change items,
// the restriction register, the outbox) in the same database as the processing log, the casework
// operations, and the durable job engine running `changes.execute`.
import { createContentSealer } from '../../src/audit/content-sealer.ts';
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
  /** Runs due jobs until none is left; resolves to how many ran. */
  runJobs(): Promise<number>;
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
    access: async () => sources.sources.access, clock, erasureWaitMs: options.erasureWaitMs ?? 0,
    supplement: async (input) => {
      await addSupplementaryStatement(db, { catalog: sources.catalog, sealer: contentSealer, recordKeyer, subjectKey: sources.subjectKey, clock }, input);
    },
  };
  const worker = createWorker({
    db, definitions: [executeChangesJob(changework)], workerId: 'change-fixture', concurrency: 1,
    backoff: () => 0, onError: () => undefined,
  });
  return {
    sources, deps, changework,
    register: async (right, subject) => (await registerRequest(deps, {
      right, channel: 'phone', language: 'sv', subject, identityMethod: 'registered-address', details: { text: 'Begäran per telefon.' }, actor: 'staff:hanna',
    })).id,
    runJobs: async () => {
      let total = 0;
      for (let round = 0; round < 50; round += 1) {
        const ran = await worker.runOnce();
        if (ran === 0) break;
        total += ran;
      }
      return total;
    },
    close: () => sources.close(),
  };
}

/** A step memo as the engine keeps one, that dies (throws CRASH) when asked for step number `crashAt` (0-based) before running it. */
export function crashingSteps(stored: Map<string, unknown>, crashAt: number): { step: JobContext['step']; readonly asked: () => number } {
  let asked = 0;
  return {
    asked: () => asked,
    step: async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      if (stored.has(name)) return stored.get(name) as T;
      if (asked === crashAt) { asked += 1; throw new Error('CRASH'); }
      asked += 1;
      const result = await fn();
      stored.set(name, JSON.parse(JSON.stringify(result ?? null)));
      return stored.get(name) as T;
    },
  };
}
