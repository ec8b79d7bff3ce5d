// The request page's smaller forms read into what the casework service takes: an extension, a
// pause, a match and a secrecy-review proposal. Problems are tied to the field the error summary
// links to; the service checks again.
import { isInsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import type { SupplementNeed } from '../../documents/letters/letter-model.ts';
import type { ReviewProposalInput } from '../../operations/requests/casework-service.ts';
import type { Language } from '../request-language.ts';
import { caseFormsText } from '../views/console/case-forms-text.ts';
import { SUPPLEMENT_NEEDS } from '../views/console/case-forms.ts';
import type { ExtensionReason } from '../views/console/case-types.ts';
import { firstChoiceId } from '../views/console/form-controls.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { valueOf, valuesOf, type FormValues } from '../views/console/form-values.ts';
import { REVIEW_DECISIONS, reviewFieldIds } from '../views/console/review-section.ts';
import { isUuid } from '../../domain/uuid.ts';

export type Parsed<T> = { readonly value: T } | { readonly errors: readonly FieldError[] };

const MIN_REASONS = 10;

export function readExtension(values: FormValues, language: Language): Parsed<{ reason: ExtensionReason; reasons: string }> {
  const words = caseFormsText[language].extension;
  const reason = valueOf(values, 'reason');
  const reasons = valueOf(values, 'reasons').trim();
  const errors: FieldError[] = [];
  if (reason !== 'complexity' && reason !== 'number-of-requests') errors.push({ field: firstChoiceId('extension-reason'), message: words.reasonError });
  if (reasons.length < MIN_REASONS) errors.push({ field: 'extension-reasons', message: words.textError });
  return errors.length > 0 ? { errors } : { value: { reason: reason as ExtensionReason, reasons } };
}

export function readPause(values: FormValues, language: Language): Parsed<{ needs: SupplementNeed[]; details?: string }> {
  const needs = valuesOf(values, 'needs').filter((need): need is SupplementNeed => (SUPPLEMENT_NEEDS as readonly string[]).includes(need));
  const details = valueOf(values, 'details').trim();
  if (needs.length === 0 && details.length < MIN_REASONS) {
    return { errors: [{ field: firstChoiceId('pause-needs'), message: caseFormsText[language].pause.needsError }] };
  }
  return { value: { needs, ...(details ? { details } : {}) } };
}

export function readMatch(values: FormValues, language: Language): Parsed<IdentityNumber> {
  try {
    return { value: parseIdentityNumber(valueOf(values, 'subject')) };
  } catch (error) {
    if (!isInsynError(error, 'PERSONNUMMER_INVALID')) throw error;
    return { errors: [{ field: 'match-subject', message: caseFormsText[language].match.error }] };
  }
}


/** The failed delivery to send again, as its row's form posts it. */
export function readDeliveryId(values: FormValues, language: Language): Parsed<string> {
  const id = valueOf(values, 'delivery');
  return isUuid(id) ? { value: id } : { errors: [{ field: 'utskick-tabell', message: caseFormsText[language].resendDelivery.error }] };
}

/** The item's position on the page (for the error links), as posted. */
export function reviewIndex(values: FormValues): number {
  const index = Number.parseInt(valueOf(values, 'index'), 10);
  return Number.isInteger(index) && index >= 0 && index < 10_000 ? index : 0;
}

export function readReviewProposal(values: FormValues, language: Language): Parsed<ReviewProposalInput> {
  const words = caseFormsText[language].review;
  const ids = reviewFieldIds(reviewIndex(values));
  const decision = valueOf(values, 'decision');
  const kind = valueOf(values, 'kind');
  const fields = valuesOf(values, 'fields');
  const errors: FieldError[] = [];
  if (!(REVIEW_DECISIONS as readonly string[]).includes(decision)) errors.push({ field: ids.decision, message: words.decisionError });
  if (decision === 'redact' && fields.length === 0) errors.push({ field: ids.fields, message: words.fieldsError });
  if (errors.length > 0) return { errors };
  return {
    value: {
      dataset: valueOf(values, 'dataset'), itemKey: valueOf(values, 'itemKey'), decision: decision as ReviewProposalInput['decision'],
      ...(kind && decision !== 'release' ? { kind: kind as NonNullable<ReviewProposalInput['kind']> } : {}),
      ...(decision === 'redact' ? { fields } : {}),
    },
  };
}
