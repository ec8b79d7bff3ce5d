// Changing personal data where it lives (issue 6, R18): the access layer's door for correcting
// one record of a person. The catalog must declare every field changeable and the record must be
// named by the dataset's primaryKey; the record is first read by the person's identity (a logged
// read), so a key can never reach someone else's record. The values before and after are kept
// sealed apart from the log (a port the caller gives), the log event names the fields and that
// keeping's id, and is written BEFORE the source is touched, with the outcome after.
import type { ProcessingEventInput, StoredEvent } from '../audit/processing-event.ts';
import type { Catalog, Dataset } from '../catalog/catalog-types.ts';
import type { ConnectorRegistry } from '../connectors/connect-systems.ts';
import type { RecordKey, Row, UpdateOutcome } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { IdentityNumber } from '../domain/personnummer.ts';
import { legalBasisText, resolveDataset, resolvePurpose } from './resolve-dataset.ts';
import { recordHash, type RestrictionPort } from './restricted-read.ts';
import type { RestrictionGround } from '../domain/restriction.ts';

type FieldValues = Readonly<Record<string, string | null>>;

export interface RecordChangeRequest extends RecordRequest {
  /** The values the change was decided on, for every field in `set`. */
  readonly expect: FieldValues;
  /** Field → corrected value. */
  readonly set: FieldValues;
}

export interface RecordChangeResult {
  readonly outcome: UpdateOutcome;
  /** The sealed keeping of the values before and after (the log event names it). */
  readonly changeId: string;
  readonly eventId: number;
}

/** Keeps the values before and after a change, sealed, apart from the append-only log. */
export interface ChangeValuesPort {
  keep(entry: {
    readonly dataset: string; readonly kind: 'rectify'; readonly key: RecordKey;
    readonly before: FieldValues; readonly after: FieldValues; readonly stepId?: string;
  }): Promise<string>;
}

/** What names a record of a person for a change or an erasure. */
export interface RecordRequest {
  readonly actor: { readonly id: string };
  readonly purpose: string;
  readonly subject: IdentityNumber;
  readonly dataset: string;
  /** Every primaryKey field with its value exactly as the source holds it (as a read returns it). */
  readonly key: RecordKey;
  /** The Art. 18(2) ground for changing or erasing a restricted record; a purpose's own ground does not count here. */
  readonly restrictionGround?: RestrictionGround;
  readonly stepId?: string;
}

/** A door's read of the person's rows: those read, and those left out as restricted (never handed on: a door refuses on them). */
export interface DoorRead {
  readonly rows: readonly Row[];
  readonly matchedBy: readonly (readonly string[])[];
  /** Per row read: restricted, and read on a ground (the request's or its purpose's). */
  readonly restricted: readonly boolean[];
  /** The rows a read without a ground left out as restricted, with their keys and what they matched. */
  readonly withheld: readonly { readonly row: Row; readonly matchedBy: readonly string[] }[];
}

export interface ChangeDoorDependencies {
  readonly catalog: Catalog;
  readonly connectors: ConnectorRegistry;
  readonly subjectKey: (normalized: string) => string;
  readonly append: (event: ProcessingEventInput) => Promise<StoredEvent>;
  readonly recordOutcome: (event: ProcessingEventInput) => Promise<void>;
  /** The person's rows of the dataset (with the identity fields each matched by), read and logged through the access layer. */
  readonly readRows: (request: RecordRequest, fields: readonly string[]) => Promise<DoorRead>;
  readonly changes: ChangeValuesPort | undefined;
  readonly restrictions: RestrictionPort | undefined;
}

export interface ResolvedRecord {
  readonly dataset: Dataset;
  readonly purposeId: string;
  readonly legalBasis: string;
}

/** The purpose, the dataset and the key of a record request; catalogue errors for anything not allowed. */
export function resolveRecord(catalog: Catalog, request: RecordRequest): ResolvedRecord {
  const purpose = resolvePurpose(catalog, request.purpose);
  const dataset = resolveDataset(catalog, request.dataset);
  if (!dataset.purposes.includes(purpose.id)) throw new InsynError('PURPOSE_NOT_ALLOWED', `purpose ${purpose.id} is not allowed for ${dataset.qualifiedId}`);
  const keyFields = Object.keys(request.key).sort();
  if (keyFields.join('\u0000') !== [...dataset.primaryKey].sort().join('\u0000')) {
    throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: a record is named by its primaryKey (${dataset.primaryKey.join(', ')})`);
  }
  return { dataset, purposeId: purpose.id, legalBasis: legalBasisText(purpose) };
}

/** A correction, an erasure, or a restriction marked in the source. */
export type RecordEventKind = 'rectify' | 'erase' | 'restrict';

/** The processing-log event of a change or an erasure: names, never values. */
export function recordEvent(
  subjectKey: (normalized: string) => string, kind: RecordEventKind, request: RecordRequest, resolved: Partial<ResolvedRecord>, fields: readonly string[],
): ProcessingEventInput {
  return {
    actor: request.actor.id, purpose: resolved.purposeId ?? 'unknown', legalBasis: resolved.legalBasis ?? 'none', kind,
    subjectKey: subjectKey(request.subject.normalized), datasets: resolved.dataset ? [resolved.dataset.qualifiedId] : [], fields,
    ...(request.stepId ? { stepId: request.stepId } : {}),
  };
}

/** Logs a refused change or erasure (an attempt and a `refused` outcome) and throws the error. */
export async function refuseRecord(
  deps: Pick<ChangeDoorDependencies, 'append' | 'recordOutcome' | 'subjectKey'>, kind: RecordEventKind, request: RecordRequest,
  resolved: Partial<ResolvedRecord>, error: InsynError,
): Promise<never> {
  const base = recordEvent(deps.subjectKey, kind, request, resolved, []);
  const attempt = await deps.append({ ...base, detail: { refusedWith: error.code } });
  await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'refused', detail: { code: error.code } });
  throw error;
}

/** Whether the row's key is exactly the request's (as the source holds it: no trimming, no case folding). */
export function hasKey(dataset: Dataset, row: Row, key: RecordKey): boolean {
  return dataset.primaryKey.every((name) => row[name] !== null && row[name] !== undefined && String(row[name]) === key[name]);
}

/**
 * The rows with the request's key that are the person's own: matched through the dataset's first
 * identity field, which names whom a record is about (any other names someone else in it).
 */
export function ownRecords(
  dataset: Dataset, request: RecordRequest, read: { readonly rows: readonly Row[]; readonly matchedBy: readonly (readonly string[])[] },
): Row[] {
  const owner = dataset.identityFields[0]?.field;
  return read.rows.filter((row, index) => owner !== undefined && (read.matchedBy[index] ?? []).includes(owner) && hasKey(dataset, row, request.key));
}

/**
 * A restricted record (the person's whole dataset, or this record) is changed or erased only on a
 * ground the request names; PROCESSING_RESTRICTED otherwise. Returns the ground used, if any.
 */
export async function restrictionCheck(
  deps: Pick<ChangeDoorDependencies, 'restrictions' | 'subjectKey'>, request: RecordRequest, dataset: Dataset,
): Promise<RestrictionGround | undefined> {
  const port = deps.restrictions;
  if (!port) return undefined;
  const restricted = await port.wholeDataset(deps.subjectKey(request.subject.normalized), dataset.qualifiedId)
    || (await port.restrictedAmong(dataset.qualifiedId, [recordHash(port.keyed, dataset.qualifiedId, dataset.primaryKey, request.key)])).size > 0;
  if (!restricted) return undefined;
  if (!request.restrictionGround) throw new InsynError('PROCESSING_RESTRICTED', `${dataset.qualifiedId}: the record is restricted; name an Art. 18(2) ground`);
  return request.restrictionGround;
}

/**
 * A record restricted as read — marked so by the source system itself, or in the register — is
 * changed or erased only on a ground the request names, as restrictionCheck asks of the register
 * (PROCESSING_RESTRICTED otherwise); a read leaves such a record out, so it is never taken for gone.
 * Returns the ground used, if any.
 */
export function readRestrictionCheck(dataset: Dataset, request: RecordRequest, read: DoorRead, registerGround: RestrictionGround | undefined): RestrictionGround | undefined {
  const owner = dataset.identityFields[0]?.field;
  const own = (row: Row, matched: readonly string[] | undefined) => owner !== undefined && (matched ?? []).includes(owner) && hasKey(dataset, row, request.key);
  const restricted = read.rows.some((row, index) => read.restricted[index] === true && own(row, read.matchedBy[index]))
    || read.withheld.some((entry) => own(entry.row, entry.matchedBy));
  if (!restricted) return registerGround;
  if (!request.restrictionGround) throw new InsynError('PROCESSING_RESTRICTED', `${dataset.qualifiedId}: the record is restricted; name an Art. 18(2) ground`);
  return request.restrictionGround;
}

interface ResolvedChange extends ResolvedRecord {
  readonly fields: readonly string[];
}

function resolveChange(catalog: Catalog, request: RecordChangeRequest): ResolvedChange {
  const resolved = resolveRecord(catalog, request);
  const { dataset } = resolved;
  const fields = Object.keys(request.set);
  if (fields.length === 0) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: no field to change`);
  for (const name of fields) {
    const field = dataset.fields.find((candidate) => candidate.name === name);
    if (!field) throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} declares no field ${name}`);
    if (field.changeable !== true) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}.${name} is not changeable`);
    if (!Object.hasOwn(request.expect, name)) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}.${name}: the value decided on is missing`);
  }
  if (Object.keys(request.expect).some((name) => !Object.hasOwn(request.set, name))) {
    throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: the values decided on name only the fields changed`);
  }
  return { ...resolved, fields };
}

export function createChangeDoor(deps: ChangeDoorDependencies): (request: RecordChangeRequest) => Promise<RecordChangeResult> {
  return async (request) => {
    let resolved: ResolvedChange;
    try {
      resolved = resolveChange(deps.catalog, request);
      if (!deps.changes) throw new InsynError('CHANGE_NOT_ALLOWED', 'changes are not kept here (no change store)');
      if (!deps.connectors.get(resolved.dataset.system).update) throw new InsynError('CHANGE_NOT_ALLOWED', `system ${resolved.dataset.system} cannot change records`);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'rectify', request, {}, error);
      throw error;
    }
    const { dataset, fields } = resolved;
    let ground: RestrictionGround | undefined;
    try {
      ground = await restrictionCheck(deps, request, dataset);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'rectify', request, resolved, error);
      throw error;
    }
    // The record must be the person's own: read by their identity, it is among their rows (and restricted only on a ground).
    const read = await deps.readRows(request, [...dataset.primaryKey, ...fields]);
    try {
      ground = readRestrictionCheck(dataset, request, read, ground);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'rectify', request, resolved, error);
      throw error;
    }
    const own = ownRecords(dataset, request, read);
    if (own.length !== 1) return refuseRecord(deps, 'rectify', request, resolved, new InsynError('SOURCE_CONFLICT', `${dataset.qualifiedId}: no such record of the person`));
    const changeId = await deps.changes!.keep({
      dataset: dataset.qualifiedId, kind: 'rectify', key: request.key, before: request.expect, after: request.set,
      ...(request.stepId ? { stepId: request.stepId } : {}),
    });
    const base = recordEvent(deps.subjectKey, 'rectify', request, resolved, fields);
    const attempt = await deps.append({ ...base, detail: { change: changeId, ...(ground ? { restrictionGround: ground } : {}) } });
    let outcome: UpdateOutcome;
    try {
      outcome = await deps.connectors.get(dataset.system).update!({ location: dataset.location, key: request.key, set: request.set, expect: request.expect });
    } catch (error) {
      const code = error instanceof InsynError ? error.code : 'INTERNAL';
      await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { change: changeId, code } });
      throw error;
    }
    await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'success', detail: { change: changeId, result: outcome } });
    return { outcome, changeId, eventId: attempt.id };
  };
}
