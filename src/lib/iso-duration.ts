// ISO 8601 durations as the catalog uses them for retention periods and cookie lifetimes:
// whole numbers of years, months, weeks, days, hours, minutes and seconds (P10Y, P13M, PT30M).

export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

const pattern = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The duration's parts, or undefined when the text is not a valid ISO 8601 duration. */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const part = (index: number) => Number(match[index] ?? 0);
  return {
    years: part(1), months: part(2), weeks: part(3), days: part(4),
    hours: part(5), minutes: part(6), seconds: part(7),
  };
}

/**
 * `date` moved by the duration (`sign` -1: back), calendar-wise in UTC: years and months first (the
 * 31st becomes the month's last day where it has none), then the rest.
 */
export function addIsoDuration(date: Date, duration: IsoDuration, sign: 1 | -1 = 1): Date {
  const moved = new Date(date.getTime());
  const month = moved.getUTCMonth() + sign * (duration.years * 12 + duration.months);
  const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), month + 1, 0)).getUTCDate();
  moved.setUTCFullYear(moved.getUTCFullYear(), month, Math.min(moved.getUTCDate(), lastDay));
  const seconds = (((duration.weeks * 7 + duration.days) * 24 + duration.hours) * 60 + duration.minutes) * 60 + duration.seconds;
  return new Date(moved.getTime() + sign * seconds * 1000);
}
