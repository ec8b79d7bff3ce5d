// Names for the parts of a case the console shows, derived from what the casework service
// returns (http/ never imports the stores that define them).
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';

export type {
  ExtensionReason, IdentityMethod, LetterKind, RepresentationProof, RequesterKind,
} from '../../../domain/request-kinds.ts';

export type LetterSummary = StaffCaseDetail['letters'][number];
export type CaseEvent = StaffCaseDetail['events'][number];
export type DeliveryView = StaffCaseDetail['deliveries'][number];
export type ReviewItem = StaffCaseDetail['review'][number];
