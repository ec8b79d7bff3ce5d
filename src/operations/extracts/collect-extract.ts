// The durable job that collects everything held on the person of an access request, following
// the collection plan stage by stage through the access layer (purpose: answering the request,
// so every read is in the processing log). Each dataset is a memoised step whose rows are saved
// as a part of the extract; a system that does not answer leaves the request waiting for it, and
// the job is retried with backoff until the system is back. A request never completes with a
// system missing.
import type { Kysely } from 'kysely';
import type { AccessLayer } from '../../access/access-layer.ts';
import { planCollection, type PlanStep } from '../../access/collection-plan.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { defineJob, type JobContext, type JobDefinition } from '../../engine/job-definition.ts';
import { listExtractParts, saveCollectedPart, type ExtractPart } from '../../stores/extract-part-store.ts';
import { moveRequest, RIGHTS_PURPOSE, type TransitionLogPort } from '../requests/move-request.ts';
import { requestSubject } from '../requests/request-subject.ts';
import { findRequest, setRequestStep, type RequestRecord } from '../../stores/request-store.ts';
import { closeRequest } from './close-request.ts';
import { collectedItems, rolesByKey, type ParentRoles } from './collected-items.ts';
import { screenExtract } from './screen-extract.ts';

export { RIGHTS_PURPOSE };
export const EXTRACT_ACTOR = { id: 'insyn-extract' };
export const COLLECT_EXTRACT_JOB = 'extract.collect';
/** Rows read from one dataset at most; reaching it fails the request rather than answering incompletely. */
export const COLLECT_ROW_LIMIT = 1_000_000;

export interface ExtractJobDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly sealer: SubjectSealer;
  readonly sources: () => Promise<{ readonly access: AccessLayer }>;
  /** State changes are written to the processing log with the request's timeline. */
  readonly processingLog: TransitionLogPort;
}

interface Collection {
  readonly deps: ExtractJobDependencies;
  readonly context: JobContext;
  readonly request: RequestRecord;
  readonly subject: IdentityNumber;
  readonly access: AccessLayer;
  /** Systems that did not answer, and datasets not collected because of them. */
  readonly waitingFor: Set<string>;
  readonly missing: Set<string>;
}

/** The parts of earlier stages, by dataset: read once per stage, not once per step. */
type EarlierParts = ReadonlyMap<string, ExtractPart>;

function parentRoles(earlier: EarlierParts, step: PlanStep): ParentRoles {
  return new Map(step.via.map((via) => [via.field, rolesByKey(earlier.get(via.from)?.items ?? [], via.key)]));
}

async function readStep(collection: Collection, step: PlanStep, earlier: EarlierParts): Promise<ExtractPart> {
  const dataset = step.dataset.qualifiedId;
  const parents = parentRoles(earlier, step);
  const via = step.via.map((link) => ({ field: link.field, values: [...(parents.get(link.field)?.keys() ?? [])] }))
    .filter((condition) => condition.values.length > 0);
  if (step.identityFields.length === 0 && via.length === 0) return { dataset, items: [] };
  const result = await collection.access.readSubject({
    actor: EXTRACT_ACTOR, purpose: RIGHTS_PURPOSE, subject: collection.subject, dataset,
    identityFields: step.identityFields.map((field) => field.field), via, stepId: `${collection.request.id}/${dataset}`,
    limit: COLLECT_ROW_LIMIT,
  });
  if (result.rows.length >= COLLECT_ROW_LIMIT) throw new InsynError('EXTRACT_TOO_LARGE', `${dataset}: ${COLLECT_ROW_LIMIT} rows or more`);
  return { dataset, items: collectedItems(step, result, parents) };
}

async function collectStep(collection: Collection, step: PlanStep, earlier: EarlierParts): Promise<void> {
  const { db } = collection.deps;
  const dataset = step.dataset.qualifiedId;
  const name = `collect:${dataset}`;
  if (step.via.some((via) => collection.missing.has(via.from))) {
    collection.missing.add(dataset);
    await setRequestStep(db, collection.request.id, name, 'pending');
    return;
  }
  try {
    await collection.context.step(name, async () => {
      const part = await readStep(collection, step, earlier);
      await saveCollectedPart(db, collection.request.id, part, name);
      return { items: part.items.length };
    });
  } catch (error) {
    if (!isInsynError(error, 'SOURCE_UNAVAILABLE')) throw error;
    collection.waitingFor.add(step.dataset.system);
    collection.missing.add(dataset);
    await setRequestStep(db, collection.request.id, name, 'waiting', { errorCode: error.code, detail: { system: step.dataset.system } });
  }
}

async function collect(deps: ExtractJobDependencies, context: JobContext, request: RequestRecord): Promise<void> {
  const { subject } = requestSubject(request, deps.sealer);
  const { access } = await deps.sources();
  const collection: Collection = { deps, context, request, subject, access, waitingFor: new Set(), missing: new Set() };
  await deps.db.transaction().execute((trx) => moveRequest(trx, deps, request, 'collecting', {
    actor: EXTRACT_ACTOR.id, at: new Date(), change: { waitingFor: request.waitingFor },
  }));
  for (const stage of planCollection(deps.catalog, RIGHTS_PURPOSE).stages) {
    const earlier: EarlierParts = stage.some((step) => step.via.length > 0)
      ? new Map((await listExtractParts(deps.db, request.id)).map((part) => [part.dataset, part])) : new Map();
    // Every step of the stage settles before the job ends, so a retry never overlaps a step still running.
    const results = await Promise.allSettled(stage.map((step) => collectStep(collection, step, earlier)));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
  if (collection.waitingFor.size > 0) {
    const waitingFor = [...collection.waitingFor].sort();
    await deps.db.transaction().execute((trx) => moveRequest(trx, deps, { ...request, status: 'collecting' }, 'waiting', {
      actor: EXTRACT_ACTOR.id, at: new Date(), change: { waitingFor }, detail: { systems: waitingFor.length },
    }));
    throw new InsynError('SOURCE_UNAVAILABLE', `request waits for ${waitingFor.join(', ')}`);
  }
}

export function collectExtractJob(deps: ExtractJobDependencies): JobDefinition<{ requestId: string }> {
  return defineJob({
    kind: COLLECT_EXTRACT_JOB,
    version: 1,
    parsePayload(payload) {
      const requestId = (payload as { requestId?: unknown } | null)?.requestId;
      if (typeof requestId !== 'string' || requestId.length === 0) throw new InsynError('VALIDATION_FAILED', 'payload.requestId');
      return { requestId };
    },
    async run(context, { requestId }) {
      const request = await findRequest(deps.db, requestId);
      if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'the job names no request');
      if (request.status !== 'received' && request.status !== 'collecting' && request.status !== 'waiting') return;
      try {
        await collect(deps, context, request);
      } catch (error) {
        // A failure that will not get better (4xx), or the last attempt's, fails the request too,
        // and its collected copy is deleted; others are retried with the request waiting.
        const permanent = isInsynError(error) && error.status >= 400 && error.status < 500;
        if (permanent || context.lastAttempt) await closeRequest(deps, request.id, { status: 'failed', errorCode: isInsynError(error) ? error.code : 'INTERNAL' }, EXTRACT_ACTOR.id);
        throw error;
      }
      await context.step('screen', () => screenExtract(deps, request.id, request.receivedAt));
    },
  });
}
