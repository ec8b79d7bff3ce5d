// The period the DPO dashboard and its CSV export cover, from the query string (?fran=YYYY-MM-DD
// &till=YYYY-MM-DD, both days included, Swedish calendar days). Without them: the current month
// and the eleven before it, up to today.
import { InsynError } from '../../../domain/error-catalogue.ts';
import { endOfSwedishDay, swedishDay } from '../../../domain/response-deadline.ts';

export interface DpoPeriod {
  /** First day, YYYY-MM-DD (the form's "from" value). */
  readonly fromDay: string;
  /** Last day, YYYY-MM-DD, included (the form's "to" value). */
  readonly toDay: string;
  /** Start of the first day in Sweden. */
  readonly from: Date;
  /** Start of the day after the last one in Sweden: the period is from ≤ t < to. */
  readonly to: Date;
}

export interface DpoPeriodQuery {
  readonly fran?: unknown;
  readonly till?: unknown;
}

const MAX_YEARS = 10;

function addDays(iso: string, days: number): string {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function startOfSwedishDay(iso: string): Date {
  return new Date(endOfSwedishDay(addDays(iso, -1)).getTime() + 1);
}

function isoDay(value: unknown, field: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InsynError('VALIDATION_FAILED', field);
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new InsynError('VALIDATION_FAILED', field);
  return value;
}

function defaultFromDay(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 1 - 11, 1));
  return first.toISOString().slice(0, 10);
}

/** The period a query asks for; InsynError VALIDATION_FAILED (detail: the field) when it is not a valid span of days. */
export function dpoPeriod(query: DpoPeriodQuery, now: Date): DpoPeriod {
  const today = swedishDay(now);
  const toDay = isoDay(query.till, 'till') ?? today;
  const fromDay = isoDay(query.fran, 'fran') ?? defaultFromDay(toDay);
  if (fromDay > toDay) throw new InsynError('VALIDATION_FAILED', 'till');
  if (Number(toDay.slice(0, 4)) - Number(fromDay.slice(0, 4)) > MAX_YEARS) throw new InsynError('VALIDATION_FAILED', 'fran');
  return { fromDay, toDay, from: startOfSwedishDay(fromDay), to: startOfSwedishDay(addDays(toDay, 1)) };
}
