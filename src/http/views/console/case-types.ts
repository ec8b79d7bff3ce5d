// Names for the parts of a case the console shows, derived from what the casework service
// returns (http/ never imports the stores that define them).
import type { CaseSummary, StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import type { CaseworkService } from '../../../operations/requests/casework-service.ts';
import type { Representative } from '../../../operations/requests/intake-input.ts';

export type LetterSummary = StaffCaseDetail['letters'][number];
export type LetterKind = LetterSummary['kind'];
export type CaseEvent = StaffCaseDetail['events'][number];
export type ReviewItem = StaffCaseDetail['review'][number];
export type IdentityMethod = StaffCaseDetail['identityMethod'];
export type RequesterKind = CaseSummary['requesterKind'];
export type RepresentationProof = Representative['proof'];
export type ExtensionReason = Parameters<CaseworkService['extend']>[2]['reason'];
