// Extension and pause of the response deadline (Art. 12(3) GDPR, R03). An extension adds two
// months, counted from receipt (three months in all, under 1182/71), is possible once, only while
// the first month runs and only with reasons. A pause — waiting for the person to supplement an
// unclear request — moves the deadline by the calendar days the request was paused.
import { endOfSwedishDay, periodEndDay, swedishDay } from './response-deadline.ts';
import { nextWorkingDay, type HolidayOptions } from './swedish-holidays.ts';

export type ExtensionRefusal = 'already-extended' | 'first-month-over' | 'reasons-missing';

export interface ExtensionInput {
  readonly receivedAt: Date;
  /** The due date before any extension (end of the due day). */
  readonly originalDueAt: Date;
  /** The current due date (may be later than the original after a pause). */
  readonly dueAt: Date;
  readonly extendedAt: Date | null;
  readonly reasons: string;
  readonly at: Date;
}

/** Why an extension is not possible now, or undefined when it is. */
export function extensionRefusal(input: ExtensionInput): ExtensionRefusal | undefined {
  if (input.extendedAt) return 'already-extended';
  if (input.at.getTime() > input.originalDueAt.getTime()) return 'first-month-over';
  if (input.reasons.trim().length < 10) return 'reasons-missing';
  return undefined;
}

/** The deadline of a request: one month from receipt (three when extended), moved on by the days it was paused. */
export function currentDeadline(receivedAt: Date, state: { readonly extended: boolean; readonly pausedDays: number }, options: HolidayOptions = {}): Date {
  // The paused days are added to the period's own end, and only then is the day moved off a
  // weekend or holiday: a Saturday end moved to Monday does not carry the move into the pause.
  const end = periodEndDay(receivedAt, state.extended ? 3 : 1);
  return endOfSwedishDay(nextWorkingDay(addDays(end, Math.max(0, state.pausedDays)), options));
}

function addDays(iso: string, days: number): string {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Calendar days between two instants' Swedish days (0 when on the same day). */
export function swedishDaysBetween(from: Date, to: Date): number {
  return Math.round((new Date(`${swedishDay(to)}T00:00:00Z`).getTime() - new Date(`${swedishDay(from)}T00:00:00Z`).getTime()) / 86_400_000);
}
