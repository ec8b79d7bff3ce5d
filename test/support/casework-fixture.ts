// Casework operations on a PGlite database of their own: migrated, a real processing log, keys
// and sealers, a clock the test moves, and the demo catalog. No source systems: register
// extracts' collection is tested elsewhere; here the extract is produced by a given function.
import type { Kysely } from 'kysely';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import type { ProcessingLog } from '../../src/audit/processing-log.ts';
import { createSubjectKeyer } from '../../src/audit/subject-key.ts';
import { createSubjectSealer } from '../../src/audit/subject-sealer.ts';
import type { Database } from '../../src/db/database-schema.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { DecisionDependencies } from '../../src/operations/requests/decide-request.ts';
import { demoCatalog } from './test-server.ts';
import { openLog } from './processing-log-fixtures.ts';
import { pgliteDatabase } from './test-databases.ts';

export const CASEWORK_SECRET = 'casework-fixture-secret-of-at-least-32-characters';

export interface CaseworkFixture {
  readonly deps: DecisionDependencies;
  readonly db: Kysely<Database>;
  readonly log: ProcessingLog;
  /** Sets the time every operation sees. */
  setNow(iso: string): void;
  close(): Promise<void>;
}

export async function openCaseworkFixture(
  options: { readonly now?: string; readonly protectedNumbers?: readonly string[]; readonly database?: DatabaseHandle } = {},
): Promise<CaseworkFixture> {
  const database = options.database ?? await pgliteDatabase();
  const log = openLog(database.db, { checkpointIntervalMs: 0 });
  let now = new Date(options.now ?? '2026-03-02T09:00:00Z');
  const protectedNumbers = new Set(options.protectedNumbers ?? []);
  const deps: DecisionDependencies = {
    db: database.db, catalog: demoCatalog(), processingLog: log,
    subjectKey: createSubjectKeyer(CASEWORK_SECRET), sealer: createSubjectSealer(CASEWORK_SECRET),
    contentSealer: createContentSealer(CASEWORK_SECRET), recordKeyer: createRecordKeyer(CASEWORK_SECRET), clock: () => now,
    casework: { caseNumberPrefix: 'DSR', duplicateWindowDays: 30, reminderWorkingDays: 5, erasureWaitMs: 0 }, evesAreHolidays: false,
    protectionOf: async (subject) => protectedNumbers.has(subject.normalized),
  };
  return {
    deps, db: database.db, log,
    setNow: (iso) => { now = new Date(iso); },
    close: async () => { await log.close(); await database.close(); },
  };
}
