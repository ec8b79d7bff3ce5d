// Checks an intake before anything is written: a known person (or a foreign eID for manual
// matching), a representative only for someone else, a contact time that is not in the future,
// free text within limits, a proposed correction only where it means something.
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IntakeInput } from './intake-input.ts';

export const MAX_DETAILS_LENGTH = 10_000;
/** A request registered afterwards (a letter found late) may be back-dated this far. */
const MAX_BACKDATE_MS = 366 * 86_400_000;
/** Clocks of staff machines differ a little from the server's. */
const CLOCK_SKEW_MS = 5 * 60_000;

function invalid(field: string, why: string): never {
  throw new InsynError('VALIDATION_FAILED', `${field}: ${why}`);
}

export function validateIntake(input: IntakeInput, now: Date): void {
  if (!input.subject && !input.foreignIdentity) invalid('subject', 'a personnummer or samordningsnummer is required');
  if (input.subject && input.foreignIdentity) invalid('foreignIdentity', 'only for a request without a personnummer');
  if (input.foreignIdentity && input.identityMethod !== 'foreign-eid') invalid('identityMethod', 'foreign-eid with a foreign identity');
  if (input.representative && input.subject && input.representative.identity.normalized === input.subject.normalized) {
    invalid('representative', 'a representative acts for someone else');
  }
  if (input.receivedAt) {
    const at = input.receivedAt.getTime();
    if (Number.isNaN(at)) invalid('receivedAt', 'not a time');
    if (at > now.getTime() + CLOCK_SKEW_MS) invalid('receivedAt', 'the contact time is in the future');
    if (at < now.getTime() - MAX_BACKDATE_MS) invalid('receivedAt', 'more than a year ago');
  }
  const text = input.details?.text ?? '';
  const correction = input.details?.correction ?? '';
  if (text.length > MAX_DETAILS_LENGTH) invalid('details.text', `at most ${MAX_DETAILS_LENGTH} characters`);
  if (correction.length > MAX_DETAILS_LENGTH) invalid('details.correction', `at most ${MAX_DETAILS_LENGTH} characters`);
  if (correction.trim() !== '' && input.right !== 'rectification' && input.right !== 'completion') {
    invalid('details.correction', 'only for rectification or completion');
  }
}
