// Swedish public holidays (allmänna helgdagar, lag (1989:253) om allmänna helgdagar), and the
// eves that lag (1930:173) om beräkning av lagstadgad tid treats like them (midsommarafton,
// julafton, nyårsafton). Dates are calendar days, YYYY-MM-DD. Pure: no clock, no time zone.

export interface HolidayOptions {
  /** Count midsommarafton, julafton and nyårsafton as holidays (lag 1930:173). Default false. */
  readonly evesAreHolidays?: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
const day = (year: number, month: number, date: number) => `${year}-${pad(month)}-${pad(date)}`;

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return day(year, month, date);
}

/** The Saturday in [from, from + 6] of the given month. */
function saturdayFrom(year: number, month: number, from: number): string {
  const first = new Date(Date.UTC(year, month - 1, from));
  return addDays(first.toISOString().slice(0, 10), (6 - first.getUTCDay() + 7) % 7);
}

/** The year's holidays (and, if asked, the eves), sorted. */
export function swedishHolidays(year: number, options: HolidayOptions = {}): string[] {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) throw new TypeError('year must be 1900–2200');
  const easter = easterSunday(year);
  const midsummerDay = saturdayFrom(year, 6, 20);
  const holidays = [
    day(year, 1, 1), day(year, 1, 6), addDays(easter, -2), easter, addDays(easter, 1), day(year, 5, 1),
    addDays(easter, 39), addDays(easter, 49), day(year, 6, 6), midsummerDay,
    // Alla helgons dag: the Saturday from 31 October to 6 November.
    saturdayFrom(year, 10, 31), day(year, 12, 25), day(year, 12, 26),
  ];
  if (options.evesAreHolidays) holidays.push(addDays(midsummerDay, -1), day(year, 12, 24), day(year, 12, 31));
  return [...new Set(holidays)].sort();
}

/** True on Saturdays, Sundays and holidays. */
export function isNonWorkingDay(iso: string, options: HolidayOptions = {}): boolean {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 || swedishHolidays(Number(iso.slice(0, 4)), options).includes(iso);
}

/** The day itself if it is a working day, else the next working day. */
export function nextWorkingDay(iso: string, options: HolidayOptions = {}): string {
  let current = iso;
  while (isNonWorkingDay(current, options)) current = addDays(current, 1);
  return current;
}
