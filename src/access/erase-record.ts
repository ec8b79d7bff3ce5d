// Erasing personal data where it lives (issue 6, R19): the access layer's door for deleting one
// record of a person. The catalog's erasure rule decides: only a dataset marked `erasable` loses
// records here; one `retained` keeps them on its ground (legal obligation, public task, official
// authority, archiving) and the door refuses. The record must be the person's own: read by their
// identity first (a logged read) and matched as the person the dataset is about, not as a third
// party named in someone else's record. Nothing of the values is kept; the log names the dataset.
import type { DeleteOutcome } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import {
  ownRecords, recordEvent, refuseRecord, resolveRecord, type ChangeDoorDependencies, type RecordRequest, type ResolvedRecord,
} from './change-record.ts';

export interface RecordEraseResult {
  readonly outcome: DeleteOutcome;
  readonly eventId: number;
}

export function createEraseDoor(deps: ChangeDoorDependencies): (request: RecordRequest) => Promise<RecordEraseResult> {
  return async (request) => {
    let resolved: ResolvedRecord;
    try {
      resolved = resolveRecord(deps.catalog, request);
      const { erasure } = resolved.dataset;
      if (erasure.rule !== 'erasable') throw new InsynError('CHANGE_NOT_ALLOWED', `${resolved.dataset.qualifiedId} is kept (${erasure.ground})`);
      if (!deps.connectors.get(resolved.dataset.system).delete) throw new InsynError('CHANGE_NOT_ALLOWED', `system ${resolved.dataset.system} cannot delete records`);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'erase', request, {}, error);
      throw error;
    }
    const { dataset } = resolved;
    const mainIdentities = new Set(dataset.identityFields.filter((field) => field.subjectCategory !== 'third-party').map((field) => field.field));
    const read = await deps.readRows(request, [...dataset.primaryKey]);
    const own = ownRecords(dataset, request, read).filter((record) => record.matchedBy.some((field) => mainIdentities.has(field)));
    // Already gone (a step run again) is fine; a record that is someone else's, or not found as the person's, is not.
    if (own.length === 0 && read.rows.some((row) => dataset.primaryKey.every((name) => String(row[name] ?? '').trimEnd() === request.key[name]))) {
      return refuseRecord(deps, 'erase', request, resolved, new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: the record concerns the person only as a third party`));
    }
    const base = recordEvent(deps.subjectKey, 'erase', request, resolved, []);
    const attempt = await deps.append({ ...base, detail: { records: own.length } });
    let outcome: DeleteOutcome;
    try {
      outcome = own.length === 0 ? 'already-gone' : await deps.connectors.get(dataset.system).delete!({ location: dataset.location, key: request.key });
    } catch (error) {
      const code = error instanceof InsynError ? error.code : 'INTERNAL';
      await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { code } });
      throw error;
    }
    await deps.recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'success', detail: { result: outcome } });
    return { outcome, eventId: attempt.id };
  };
}
