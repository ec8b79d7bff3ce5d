// Erasing personal data where it lives (issue 6, R19): the access layer's door for erasing one
// record of a person. The catalog's erasure rule decides: only a dataset marked `erasable` loses
// records here; one `retained` keeps them on its ground (legal obligation, public task, official
// authority, archiving) and the door refuses. An erasable record is deleted, or — where the catalog
// says `method: anonymise` — kept with its anonymised fields cleared (null, or the catalog's fixed
// value), changed only while it still holds the values just read (optimistic, as a correction).
// The record must be the person's own: read by their identity first (a logged read) and matched
// through the dataset's first identity field (whom a record is about), not a record that names
// them as someone else. A restricted record (in the register, or marked so by the source) is
// erased only on a ground the request names. Nothing of the values is kept; the log names the
// dataset (and the fields an anonymisation cleared).
import type { Dataset } from '../catalog/catalog-types.ts';
import type { Connector, DeleteOutcome, Row } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { RestrictionGround } from '../domain/restriction.ts';
import {
  hasKey, ownRecords, readRestrictionCheck, recordEvent, refuseRecord, resolveRecord, restrictionCheck, type ChangeDoorDependencies, type RecordRequest,
  type ResolvedRecord,
} from './change-record.ts';

/**
 * `deleted` or `anonymised` the first time; `already-gone` when the person has no such record any
 * more — a step run again after either (an anonymised record no longer names the person).
 */
export type EraseOutcome = DeleteOutcome | 'anonymised';

export interface RecordEraseResult {
  readonly outcome: EraseOutcome;
  readonly eventId: number;
}

/** The fields an anonymisation clears and what each is set to; none for a deletion. */
function anonymised(dataset: Dataset): Readonly<Record<string, string | null>> | undefined {
  const { erasure } = dataset;
  if (erasure.rule !== 'erasable' || erasure.method !== 'anonymise') return undefined;
  return Object.fromEntries(erasure.fields.map((name) => [name, erasure.values?.[name] ?? null]));
}

function checkErasable(deps: ChangeDoorDependencies, dataset: Dataset): void {
  const { erasure } = dataset;
  if (erasure.rule !== 'erasable') throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId} is kept (${erasure.ground})`);
  const connector = deps.connectors.get(dataset.system);
  if (anonymised(dataset) ? !connector.update : !connector.delete) {
    throw new InsynError('CHANGE_NOT_ALLOWED', `system ${dataset.system} cannot ${anonymised(dataset) ? 'change' : 'delete'} records`);
  }
}

/** The value as text the way a read gives it (what the change expects the record to hold). */
function textOf(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

async function erase(connector: Connector, dataset: Dataset, request: RecordRequest, own: Row): Promise<EraseOutcome> {
  const set = anonymised(dataset);
  if (!set) return connector.delete!({ location: dataset.location, key: request.key });
  const expect = Object.fromEntries(Object.keys(set).map((name) => [name, textOf(own[name])]));
  await connector.update!({ location: dataset.location, key: request.key, set, expect });
  return 'anonymised';
}

export function createEraseDoor(deps: ChangeDoorDependencies): (request: RecordRequest) => Promise<RecordEraseResult> {
  return async (request) => {
    let resolved: ResolvedRecord;
    try {
      resolved = resolveRecord(deps.catalog, request);
      checkErasable(deps, resolved.dataset);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'erase', request, {}, error);
      throw error;
    }
    const { dataset } = resolved;
    const fields = Object.keys(anonymised(dataset) ?? {});
    let ground: RestrictionGround | undefined;
    let own: Row[];
    try {
      ground = await restrictionCheck(deps, request, dataset);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'erase', request, resolved, error);
      throw error;
    }
    const read = await deps.readRows(request, [...dataset.primaryKey, ...fields]);
    try {
      ground = readRestrictionCheck(dataset, request, read, ground);
      own = ownRecords(dataset, request, read);
      // Already gone (a step run again) is fine; a record that names the person but is someone else's is not.
      if (own.length === 0 && read.rows.some((row) => hasKey(dataset, row, request.key))) {
        throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: the record is about someone else`);
      }
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'erase', request, resolved, error);
      throw error;
    }
    const base = recordEvent(deps.subjectKey, 'erase', request, resolved, fields);
    const detail: Record<string, string | number> = { records: own.length };
    if (fields.length > 0) detail.method = 'anonymise';
    if (ground) detail.restrictionGround = ground;
    const attempt = await deps.append({ ...base, detail });
    let outcome: EraseOutcome;
    try {
      outcome = own[0] === undefined ? 'already-gone' : await erase(deps.connectors.get(dataset.system), dataset, request, own[0]);
    } catch (error) {
      const code = error instanceof InsynError ? error.code : 'INTERNAL';
      await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { code } });
      throw error;
    }
    await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'success', detail: { result: outcome } });
    return { outcome, eventId: attempt.id };
  };
}
