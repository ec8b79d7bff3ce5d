// The deadline to answer a data subject's request (Art. 12(3) GDPR): one month from receipt,
// counted as Regulation (EEC, Euratom) 1182/71 counts it — the same date of the next month, or
// that month's last day when it has no such date (31 January → 28 or 29 February) — and moved to
// the next working day when it falls on a Saturday, Sunday or Swedish public holiday. Days are
// Swedish calendar days (Europe/Stockholm); the deadline is the end of the due day there.
// Extensions (+2 months with reasons) come on top.
import { nextWorkingDay, type HolidayOptions } from './swedish-holidays.ts';

export interface DeadlineOptions extends HolidayOptions {
  /** Months from receipt (default 1; an extended deadline counts 3). */
  readonly months?: number;
}

const TIME_ZONE = 'Europe/Stockholm';
const dateInSweden = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const offsetInSweden = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The Swedish calendar day of an instant, YYYY-MM-DD. */
export function swedishDay(instant: Date): string {
  return dateInSweden.format(instant);
}

function addMonths(iso: string, months: number): string {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, lastDay))).toISOString().slice(0, 10);
}

/** Minutes Sweden is ahead of UTC at an instant (60 in winter, 120 in summer). */
function swedishOffsetMinutes(instant: Date): number {
  const name = offsetInSweden.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The last millisecond of a Swedish calendar day, as an instant. */
export function endOfSwedishDay(iso: string): Date {
  const nextMidnightUtc = new Date(`${iso}T00:00:00Z`).getTime() + 86_400_000;
  const offset = swedishOffsetMinutes(new Date(nextMidnightUtc));
  return new Date(nextMidnightUtc - offset * 60_000 - 1);
}

/** The day the period ends under 1182/71 before it is moved off a weekend or holiday (YYYY-MM-DD). */
export function periodEndDay(receivedAt: Date, months: number = 1): string {
  if (!Number.isInteger(months) || months < 1) throw new TypeError('months must be a positive whole number');
  return addMonths(swedishDay(receivedAt), months);
}

/** The due day (YYYY-MM-DD) of a request received at `receivedAt`. */
export function responseDueDay(receivedAt: Date, options: DeadlineOptions = {}): string {
  return nextWorkingDay(periodEndDay(receivedAt, options.months ?? 1), options);
}

/** The end of the due day in Sweden, as an instant (what `request.due_at` stores). */
export function responseDeadline(receivedAt: Date, options: DeadlineOptions = {}): Date {
  return endOfSwedishDay(responseDueDay(receivedAt, options));
}
