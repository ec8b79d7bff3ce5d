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
