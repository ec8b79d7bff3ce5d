// The person a request is about, unsealed for the operation that needs it. A foreign eID request
// has none until a case handler matches it (REQUEST_NOT_MATCHED).
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import type { RequestRecord } from '../../stores/request-store.ts';

export interface RequestSubject {
  readonly subject: IdentityNumber;
  readonly subjectKey: string;
}

export function requestSubject(request: RequestRecord, sealer: SubjectSealer): RequestSubject {
  if (request.subjectKey === null || request.subjectSealed === null) {
    throw new InsynError('REQUEST_NOT_MATCHED', 'the request has no identified person yet');
  }
  return { subject: parseIdentityNumber(sealer.open(request.subjectSealed)), subjectKey: request.subjectKey };
}
