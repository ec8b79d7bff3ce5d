// Erasing personal data where it lives (issue 6, R19): the access layer's door for deleting one
// record of a person. The catalog's erasure rule decides: only a dataset marked `erasable` loses
// records here; one `retained` keeps them on its ground (legal obligation, public task, official
// authority, archiving) and the door refuses. The record must be the person's own: read by their
// identity first (a logged read) and matched through the dataset's first identity field (whom a
// record is about), not a record that names them as someone else. A restricted record is erased
// only on a ground the request names. Nothing of the values is kept; the log names the dataset.
import type { DeleteOutcome } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { RestrictionGround } from '../domain/restriction.ts';
import {
  hasKey, ownRecords, recordEvent, refuseRecord, resolveRecord, restrictionCheck, type ChangeDoorDependencies, type RecordRequest, type ResolvedRecord,
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
    let ground: RestrictionGround | undefined;
    try {
      ground = await restrictionCheck(deps, request, dataset);
    } catch (error) {
      if (error instanceof InsynError) return refuseRecord(deps, 'erase', request, resolved, error);
      throw error;
    }
    const read = await deps.readRows(request, [...dataset.primaryKey]);
    const own = ownRecords(dataset, request, read);
    // Already gone (a step run again) is fine; a record that names the person but is someone else's is not.
    if (own.length === 0 && read.rows.some((row) => hasKey(dataset, row, request.key))) {
      return refuseRecord(deps, 'erase', request, resolved, new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: the record is about someone else`));
    }
    const base = recordEvent(deps.subjectKey, 'erase', request, resolved, []);
    const attempt = await deps.append({ ...base, detail: { records: own.length, ...(ground ? { restrictionGround: ground } : {}) } });
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
