// Marking records restricted in their source system (issue 6, Art. 18, R20): where the catalog names
// the field a system marks restricted records with (`restriction`), restricting a record in Insyn's
// register writes the mark there too, and lifting the restriction clears it, so that the system's
// own users see it. This door writes only that field and only the catalog's two values: the caller
// names the person's records (one or more of their own, in one dataset) and whether they are
// restricted, never a field or a value. Each record changes alone, only while it still holds what
// was just read (optimistic, as a correction); one that holds the mark wanted already is left as
// it is. The records are read by the person's identity first (a logged read, which also finds a
// record the read leaves out as restricted), and the change is logged as `restrict`, naming the
// field, before the source is touched, with the outcome after.
import type { Dataset } from '../catalog/catalog-types.ts';
import type { RecordKey, Row } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import {
  hasKey, recordEvent, refuseRecord, resolveRecord, type ChangeDoorDependencies, type DoorRead, type RecordRequest, type ResolvedRecord,
} from './change-record.ts';
import { sourceRestricted } from './restricted-read.ts';

export interface RestrictionMarkRequest extends Omit<RecordRequest, 'key' | 'restrictionGround'> {
  /** The person's records, each by every primaryKey field exactly as the source holds it; at least one. */
  readonly keys: readonly RecordKey[];
  /** true: mark them restricted; false: clear the mark (the restriction is lifted). */
  readonly restricted: boolean;
}

export interface RestrictionMarkResult {
  /** Records whose mark was written now. */
  readonly marked: number;
  /** Records that held the mark wanted already (a step run again; or marked by the system itself). */
  readonly unchanged: number;
  readonly eventId: number;
}

function resolveMark(deps: ChangeDoorDependencies, request: RestrictionMarkRequest): ResolvedRecord {
  if (request.keys.length === 0) throw new TypeError('markRestriction: at least one record');
  let resolved: ResolvedRecord | undefined;
  for (const key of request.keys) resolved = resolveRecord(deps.catalog, { ...request, key });
  const { dataset } = resolved!;
  if (!dataset.restriction) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId} has no restriction field (the register alone restricts it)`);
  if (!deps.connectors.get(dataset.system).update) throw new InsynError('CHANGE_NOT_ALLOWED', `system ${dataset.system} cannot change records`);
  return resolved!;
}

/** Each key's row among the person's own (read, or left out of the read as restricted); SOURCE_CONFLICT when one is not theirs. */
function ownRows(dataset: Dataset, keys: readonly RecordKey[], read: DoorRead): Row[] {
  const owner = dataset.identityFields[0]?.field;
  const candidates = [...read.rows.map((row, index) => ({ row, matchedBy: read.matchedBy[index] ?? [] })), ...read.withheld];
  return keys.map((key) => {
    const found = candidates.filter((entry) => owner !== undefined && entry.matchedBy.includes(owner) && hasKey(dataset, entry.row, key));
    if (found.length !== 1) throw new InsynError('SOURCE_CONFLICT', `${dataset.qualifiedId}: no such record of the person`);
    return found[0]!.row;
  });
}

export function createRestrictionMarkDoor(deps: ChangeDoorDependencies): (request: RestrictionMarkRequest) => Promise<RestrictionMarkResult> {
  return async (request) => {
    const first = { ...request, key: request.keys[0] ?? {} };
    let resolved: ResolvedRecord;
    try {
      resolved = resolveMark(deps, request);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'restrict', first, {}, error);
      throw error;
    }
    const { dataset } = resolved;
    const mark = dataset.restriction!;
    const read = await deps.readRows(first, [...dataset.primaryKey, mark.field]);
    let rows: Row[];
    try {
      rows = ownRows(dataset, request.keys, read);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'restrict', first, resolved, error);
      throw error;
    }
    const base = recordEvent(deps.subjectKey, 'restrict', first, resolved, [mark.field]);
    const attempt = await deps.append({ ...base, detail: { records: rows.length, restricted: request.restricted } });
    const target = request.restricted ? mark.value : mark.clearedValue ?? null;
    const connector = deps.connectors.get(dataset.system);
    let marked = 0;
    try {
      for (const [index, row] of rows.entries()) {
        if (sourceRestricted(dataset, row) === request.restricted) continue;
        const current = row[mark.field] === null || row[mark.field] === undefined ? null : String(row[mark.field]);
        const outcome = await connector.update!({ location: dataset.location, key: request.keys[index]!, set: { [mark.field]: target }, expect: { [mark.field]: current } });
        if (outcome === 'updated') marked += 1;
      }
    } catch (error) {
      const code = error instanceof InsynError ? error.code : 'INTERNAL';
      await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { code, marked } });
      throw error;
    }
    await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'success', detail: { marked, unchanged: rows.length - marked } });
    return { marked, unchanged: rows.length - marked, eventId: attempt.id };
  };
}
