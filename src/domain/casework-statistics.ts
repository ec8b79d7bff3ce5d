// Figures about the agency's handling of rights requests over a period, for the data protection
// officer (Art. 39 GDPR: monitoring compliance). Aggregates only: no request, person or case
// handler can be told from them.
import type { RequestChannel, RequestRight } from './request-kinds.ts';

export interface MonthFigures {
  /** The Swedish calendar month, YYYY-MM. */
  readonly month: string;
  /** Requests received in the month (within the period). */
  readonly received: number;
  /** Requests answered (completed) in the month (within the period). */
  readonly answered: number;
}

export interface CaseworkStatistics {
  /** The period, half-open: from ≤ t < to. */
  readonly from: Date;
  readonly to: Date;
  /** The instant "overdue now" was counted at. */
  readonly now: Date;
  /** Requests received in the period. */
  readonly received: number;
  readonly byRight: Readonly<Record<RequestRight, number>>;
  readonly byChannel: Readonly<Record<RequestChannel, number>>;
  readonly byRightAndChannel: Readonly<Record<RequestRight, Readonly<Record<RequestChannel, number>>>>;
  /** Requests answered (status completed) with completed_at in the period, whenever received. */
  readonly answered: number;
  /** Median Swedish calendar days from receipt to answer over the answered requests; null when none. */
  readonly medianDaysToAnswer: number | null;
  /** Open requests past their due date at `now` (a paused request only if it was already late when paused). */
  readonly overdueNow: number;
  /** Requests whose deadline was extended (extended_at) in the period. */
  readonly extensions: number;
  /** Every month the period touches, oldest first, zeros included. */
  readonly perMonth: readonly MonthFigures[];
}
