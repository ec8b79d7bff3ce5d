// Intake of a data subject's request from any channel (R01): the e-service after e-legitimation,
// or staff registering a letter, phone call, visit or e-mail. One transaction writes the case
// with its case number, the timeline entry, the processing-log event, the acknowledgement (or the
// duplicate notice) on the outbox and, for a register extract, the collect job. The answer always
// goes to the person's digital mailbox or population-register address, never to an address given
// in the request (R07): Insyn stores none.
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import { formatCaseNumber } from '../../domain/case-number.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { responseDeadline, swedishDay } from '../../domain/response-deadline.ts';
import { enqueueJob } from '../../engine/enqueue-job.ts';
import { COLLECT_EXTRACT_JOB } from '../extracts/collect-extract.ts';
import { nextCaseSequence } from '../../stores/case-number-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { findDuplicateCandidate } from '../../stores/request-queries.ts';
import { insertRequest, type RequestRecord, type RequestStatus } from '../../stores/request-store.ts';
import type { CaseworkDependencies } from './casework-dependencies.ts';
import { rightsEvent } from './move-request.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import { queueLetter } from './queue-letter.ts';
import type { IntakeInput } from './intake-input.ts';
import { validateIntake } from './validate-intake.ts';

/** Attempts before collection gives up: with the backoff cap of 10 minutes, about a week of waiting for a system. */
export const COLLECT_MAX_ATTEMPTS = 1_000;

export interface IntakeResult {
  readonly id: string;
  readonly caseNumber: string;
  readonly status: RequestStatus;
  readonly duplicateOf: string | null;
}

/** Whether the person has protected identity; a failed lookup counts as protected (fail closed). */
export async function isProtected(deps: CaseworkDependencies, subject: IdentityNumber | undefined): Promise<boolean> {
  if (!subject || !deps.protectionOf) return false;
  try {
    return await deps.protectionOf(subject);
  } catch {
    return true;
  }
}

/** R09: answered electronically unless asked otherwise; a letter is answered on paper by default. */
function answerFormatOf(input: IntakeInput): 'electronic' | 'paper' {
  return input.answerFormat ?? (input.channel === 'letter' ? 'paper' : 'electronic');
}

function initialStatus(input: IntakeInput, duplicate: RequestRecord | undefined): RequestStatus {
  if (!input.subject) return 'matching';
  if (duplicate && duplicate.status !== 'completed') return 'completed';
  return input.right === 'access' ? 'received' : 'handling';
}

export async function registerRequest(deps: CaseworkDependencies, input: IntakeInput): Promise<IntakeResult> {
  const now = deps.clock();
  validateIntake(input, now);
  const receivedAt = input.receivedAt ?? now;
  await checkRepresentation(deps, input, receivedAt);
  const subjectKey = input.subject ? deps.subjectKey(input.subject.normalized) : null;
  const requesterKey = input.representative ? deps.subjectKey(input.representative.identity.normalized) : subjectKey ?? input.requesterKey ?? null;
  const protectedIdentity = await isProtected(deps, input.subject);
  const id = randomUUID();
  return deps.db.transaction().execute(async (trx) => {
    // One intake at a time per person and right, so two simultaneous submissions cannot both miss
    // each other as duplicates (a transaction-scoped advisory lock, released at commit).
    const duplicate = subjectKey && input.channel !== 'cli' ? await lockedDuplicate(trx, deps, {
      subjectKey, requesterKey, right: input.right, answeredSince: new Date(now.getTime() - deps.casework.duplicateWindowDays * 86_400_000),
    }) : undefined;
    const status = initialStatus(input, duplicate);
    const year = Number(swedishDay(now).slice(0, 4)); // the Swedish year: the UTC one is a year behind after midnight on New Year's Eve
    const caseNumber = formatCaseNumber(deps.casework.caseNumberPrefix, year, await nextCaseSequence(trx, year));
    const dueAt = responseDeadline(receivedAt, { evesAreHolidays: deps.evesAreHolidays });
    await insertRequest(trx, {
      id, right: input.right, channel: input.channel, language: input.language, status, caseNumber,
      subjectKey, subjectSealed: input.subject ? deps.sealer.seal(input.subject.normalized) : null, receivedAt, dueAt,
      requesterKey, requesterKind: input.representative?.kind ?? 'self',
      requesterSealed: requesterSealed(deps, id, input), representationProof: input.representative?.proof ?? null,
      identityMethod: input.identityMethod, answerFormat: answerFormatOf(input),
      detailsSealed: input.details && (input.details.text || input.details.correction) ? deps.contentSealer.sealJson(input.details, id) : null,
      duplicateOf: duplicate?.id ?? null, protected: protectedIdentity, completedAt: status === 'completed' ? now : null,
    });
    await recordIntake(trx, deps, { id, caseNumber, status, subjectKey, input, duplicate, receivedAt, dueAt, at: now });
    return { id, caseNumber, status, duplicateOf: duplicate?.id ?? null };
  });
}

function requesterSealed(deps: CaseworkDependencies, id: string, input: IntakeInput): string | null {
  if (input.representative) return deps.contentSealer.sealJson({ identityNumber: input.representative.identity.normalized }, `${id}/requester`);
  if (input.foreignIdentity) return deps.contentSealer.sealJson(input.foreignIdentity, `${id}/requester`);
  return null;
}

interface IntakeRecord {
  readonly id: string;
  readonly caseNumber: string;
  readonly status: RequestStatus;
  readonly subjectKey: string | null;
  readonly input: IntakeInput;
  readonly duplicate: RequestRecord | undefined;
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly at: Date;
}

async function recordIntake(trx: Transaction<Database>, deps: CaseworkDependencies, record: IntakeRecord): Promise<void> {
  const { input, id, at } = record;
  await appendRequestEvent(trx, {
    requestId: id, at, actor: input.actor, kind: 'registered', to: record.status,
    detail: {
      right: input.right, channel: input.channel, identityMethod: input.identityMethod,
      requester: input.representative?.kind ?? 'self', duplicate: record.duplicate !== undefined,
    },
  });
  await deps.processingLog.appendInTransaction(trx, [rightsEvent(deps.catalog, {
    actor: input.actor, kind: 'register', subjectKey: record.subjectKey, datasets: [], fields: [], stepId: id,
    detail: { right: input.right, channel: input.channel },
  })]);
  await queueLetter(trx, deps.contentSealer, { requestId: id, language: input.language, at, actor: input.actor, letter: intakeLetter(record) });
  if (record.status === 'received' && input.right === 'access') {
    await enqueueJob(trx, {
      kind: COLLECT_EXTRACT_JOB, version: 1, payload: { requestId: id }, idempotencyKey: `collect:${id}`, maxAttempts: COLLECT_MAX_ATTEMPTS,
    });
  }
}

/** The acknowledgement, or for a duplicate the notice that names the earlier case. */
function intakeLetter(record: IntakeRecord): LetterModel {
  const base = { caseNumber: record.caseNumber, date: record.at.toISOString(), right: record.input.right, receivedAt: record.receivedAt.toISOString() };
  const earlier = record.duplicate;
  if (earlier) {
    return {
      ...base, kind: 'duplicate', earlierCaseNumber: earlier.caseNumber ?? '',
      earlier: earlier.status === 'completed' && earlier.completedAt
        ? { status: 'answered', answeredAt: earlier.completedAt.toISOString() }
        : { status: 'open', dueAt: earlier.dueAt.toISOString() },
    };
  }
  return {
    ...base, kind: 'acknowledgement', channel: record.input.channel, dueAt: record.dueAt.toISOString(),
    answerFormat: answerFormatOf(record.input),
  };
}

/** A guardian's role is checked against the population register; other roles against the proof staff recorded. */
async function checkRepresentation(deps: CaseworkDependencies, input: IntakeInput, receivedAt: Date): Promise<void> {
  const representative = input.representative;
  if (!representative || representative.kind !== 'guardian' || representative.proof !== 'population-register' || !input.subject) return;
  if (!deps.guardianOf) throw new InsynError('VALIDATION_FAILED', 'representative: the custody relation cannot be checked here');
  if (!(await deps.guardianOf(representative.identity, input.subject, receivedAt))) {
    throw new InsynError('REPRESENTATION_NOT_SHOWN', 'the population register shows no custody of a child under 18');
  }
}

async function lockedDuplicate(
  trx: Transaction<Database>, deps: CaseworkDependencies, input: Parameters<typeof findDuplicateCandidate>[1] & { readonly subjectKey: string },
): Promise<RequestRecord | undefined> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`intake:${input.subjectKey}:${input.right}`}, 0))`.execute(trx);
  return findDuplicateCandidate(trx, input);
}
