// Registers a request for a register extract (Art. 15): one transaction writes the request, its
// processing-log event (registering the request is processing of personal data) and the job that
// collects the data. The personnummer is stored only as a keyed hash and sealed.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { legalBasisText, resolvePurpose } from '../../access/resolve-dataset.ts';
import type { ProcessingLog } from '../../audit/processing-log.ts';
import type { SubjectKeyer } from '../../audit/subject-key.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { responseDeadline } from '../../domain/response-deadline.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { insertRequest, type RequestChannel } from '../../stores/request-store.ts';
import { COLLECT_EXTRACT_JOB, RIGHTS_PURPOSE } from './collect-extract.ts';

export interface StartRequestDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly processingLog: ProcessingLog;
  readonly subjectKey: SubjectKeyer;
  readonly sealer: SubjectSealer;
  readonly clock?: () => Date;
  /** Count midsommarafton, julafton and nyårsafton as holidays for the due date. */
  readonly evesAreHolidays?: boolean;
}

export interface AccessRequestInput {
  readonly subject: IdentityNumber;
  readonly channel: RequestChannel;
  readonly language: 'sv' | 'en';
  /** Who registered it: a pseudonymous staff id, `e-service` or `cli`. */
  readonly actor: string;
}

/** Attempts before collection gives up: with the backoff cap of 10 minutes, about a week of waiting for a system. */
export const COLLECT_MAX_ATTEMPTS = 1_000;

export async function startAccessRequest(deps: StartRequestDependencies, input: AccessRequestInput): Promise<{ id: string }> {
  const id = randomUUID();
  const receivedAt = (deps.clock ?? (() => new Date()))();
  const subjectKey = deps.subjectKey(input.subject.normalized);
  const purpose = resolvePurpose(deps.catalog, RIGHTS_PURPOSE);
  await deps.db.transaction().execute(async (trx) => {
    await insertRequest(trx, {
      id, right: 'access', channel: input.channel, language: input.language, subjectKey,
      subjectSealed: deps.sealer.seal(input.subject.normalized), receivedAt,
      dueAt: responseDeadline(receivedAt, { evesAreHolidays: deps.evesAreHolidays ?? false }),
    });
    await deps.processingLog.appendInTransaction(trx, [{
      actor: input.actor, purpose: purpose.id, legalBasis: legalBasisText(purpose), kind: 'register',
      subjectKey, datasets: [], fields: [], stepId: id, detail: { right: 'access', channel: input.channel },
    }]);
    await enqueueJob(trx, {
      kind: COLLECT_EXTRACT_JOB, version: 1, payload: { requestId: id }, idempotencyKey: `collect:${id}`, maxAttempts: COLLECT_MAX_ATTEMPTS,
    });
  });
  return { id };
}
