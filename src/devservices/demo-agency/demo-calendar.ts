// Calendar days for the demo agency. The data are generated against a fixed reference day,
// not the clock, so the same seed gives the same data on any day.

const MS_PER_DAY = 86_400_000;

/** "Today" in the demo agency's data: every generated date lies on or before it. */
export const DEMO_REFERENCE_DATE = '2026-06-30';

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export const DEMO_REFERENCE_DAY = dayNumber(DEMO_REFERENCE_DATE);

/** Earliest birth day of an ordinary demo person: everyone is under 100 on the reference day. */
export const DEMO_FIRST_BIRTH_DAY = dayNumber('1930-01-01');

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

/**
 * 'YYYY-MM-DD' of a day number, by arithmetic (H. Hinnant's civil_from_days) rather than a
 * Date: the seeder writes tens of millions of dates.
 */
export function isoDate(day: number): string {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524)
    - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two(month)}-${two(dayOfMonth)}`;
}

/** 'YYYY-MM-DD HH:MM:SS' (UTC): the seeder writes timestamps in UTC sessions. */
export function isoTimestamp(day: number, secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor(secondOfDay / 60) % 60;
  return `${isoDate(day)} ${two(hours)}:${two(minutes)}:${two(secondOfDay % 60)}`;
}

/** Whole years from birth to the reference day. */
export function ageOn(birthDate: string, onDate: string = DEMO_REFERENCE_DATE): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
