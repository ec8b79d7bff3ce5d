// How close a request is to its due date, as the queue and the request page show it: the calendar
// days left (in Sweden), a reminder when the due day is within the configured number of working
// days, an alert once the due date has passed. A paused request's clock stands still.
import { swedishDaysBetween } from '../../../domain/extension.ts';
import { swedishDay } from '../../../domain/response-deadline.ts';
import { isNonWorkingDay, type HolidayOptions } from '../../../domain/swedish-holidays.ts';

export type DueLevel = 'overdue' | 'due-soon' | 'on-time';

export interface DueState {
  readonly level: DueLevel;
  /** Swedish calendar days from today to the due day; 0 on the due day, negative when overdue. */
  readonly daysLeft: number;
}

export interface DueOptions extends HolidayOptions {
  /** Remind this many working days before the due day (config casework.reminderWorkingDays). */
  readonly reminderWorkingDays: number;
}

function nextDay(iso: string): string {
  return new Date(new Date(`${iso}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** Working days after today up to and including the due day, counted no further than `limit + 1`. */
function workingDaysUntil(today: string, dueDay: string, limit: number, options: HolidayOptions): number {
  let count = 0;
  for (let day = nextDay(today); day <= dueDay && count <= limit; day = nextDay(day)) {
    if (!isNonWorkingDay(day, options)) count += 1;
  }
  return count;
}

export function dueState(dueAt: Date, now: Date, options: DueOptions): DueState {
  const daysLeft = swedishDaysBetween(now, dueAt);
  if (now.getTime() > dueAt.getTime()) return { level: 'overdue', daysLeft };
  const working = workingDaysUntil(swedishDay(now), swedishDay(dueAt), options.reminderWorkingDays, options);
  return { level: working <= options.reminderWorkingDays ? 'due-soon' : 'on-time', daysLeft };
}
