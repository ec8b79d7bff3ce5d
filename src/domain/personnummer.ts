// Swedish personal identity numbers (personnummer) and coordination numbers
// (samordningsnummer) as a domain value: parse every common input form, validate
// (calendar date, birth number, Luhn check digit), normalise to 12 digits, format for a
// source system's storage form, and mask for display. Rules: legal-requirements.md R31.
//
// Reference dates are read as calendar days in UTC. Nothing here depends on the sex digit.
// Error details say WHAT is wrong and never repeat the input: it is personal data.

import { InsynError } from './error-catalogue.ts';

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

/** How a source system stores an identity number. */
export type IdentityForm =
  | 'pnr12'        // 199001011234
  | 'pnr12-dash'   // 19900101-1234
  | 'pnr10'        // 9001011234
  | 'pnr10-dash';  // 900101-1234 (+ from the year the person turns 100)

export interface IdentityNumber {
  /** Always 12 digits, e.g. '199001011234'; a samordningsnummer keeps its day + 60. */
  readonly normalized: string;
  readonly kind: IdentityNumberKind;
  /** 'YYYY-MM-DD'; for a samordningsnummer the day minus 60. */
  readonly birthDate: string;
}

export interface IdentityOptions {
  /** The day against which century and age are worked out; default now. */
  readonly referenceDate?: Date;
}

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

interface Tokens {
  readonly digits: string;
  readonly separator: '' | '-' | '+';
}

const SAMORDNING_DAY_OFFSET = 60;

function invalid(detail: string): InsynError {
  return new InsynError('PERSONNUMMER_INVALID', detail);
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

/** Splits the trimmed input into its digits and at most one separator in a valid place. */
function tokenize(input: string): Tokens {
  const text = input.trim();
  if (text.length === 0) throw invalid('empty input');
  let digits = '';
  let separator: Tokens['separator'] = '';
  let separatorAt = -1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (isDigit(char)) {
      digits += char;
    } else if (char === '-' || char === '+') {
      if (separator !== '') throw invalid('more than one separator');
      separator = char;
      separatorAt = index;
    } else {
      throw invalid(`unexpected character at position ${index + 1}`);
    }
  }
  if (digits.length !== 10 && digits.length !== 12) {
    throw invalid('wrong length: expected 10 or 12 digits');
  }
  if (separator !== '' && separatorAt !== digits.length - 4) {
    throw invalid('separator in the wrong place: expected before the last four digits');
  }
  return { digits, separator };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function referenceDay(options: IdentityOptions | undefined): CalendarDay {
  const date = options?.referenceDate ?? new Date();
  if (Number.isNaN(date.getTime())) throw new TypeError('referenceDate is not a valid Date');
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Month and day as written in the number; the day tells the kind. */
function monthAndDay(dateDigits: string): { month: number; day: number; kind: IdentityNumberKind } {
  const month = Number(dateDigits.slice(-4, -2));
  const writtenDay = Number(dateDigits.slice(-2));
  if (month < 1 || month > 12) throw invalid('invalid date: month out of range');
  if (writtenDay >= 1 && writtenDay <= 31) return { month, day: writtenDay, kind: 'personnummer' };
  if (writtenDay > SAMORDNING_DAY_OFFSET && writtenDay <= SAMORDNING_DAY_OFFSET + 31) {
    return { month, day: writtenDay - SAMORDNING_DAY_OFFSET, kind: 'samordningsnummer' };
  }
  throw invalid('invalid date: day out of range (01-31, or 61-91 for a samordningsnummer)');
}

/**
 * The full year of a 10-digit number. '+' is written from the year the person turns 100
 * (18 § folkbokföringslagen; Skatteverket): the latest such year no later than 100 years before
 * the reference year. With '-' or no separator: the latest year whose date is not after the
 * reference day.
 */
function resolveYear(twoDigitYear: number, month: number, day: number, plus: boolean, today: CalendarDay): number {
  let year = Math.floor(today.year / 100) * 100 + twoDigitYear;
  if (plus) return year > today.year - 100 ? year - 100 * Math.ceil((year - (today.year - 100)) / 100) : year;
  if (compareDays({ year, month, day }, today) > 0) year -= 100;
  return year;
}

function checkCentury(digits: string): void {
  const century = digits.slice(0, 2);
  if (century !== '18' && century !== '19' && century !== '20') {
    throw invalid('unsupported century: expected 18, 19 or 20');
  }
}

/** Adds the century to a 10-digit body, or checks the century of a 12-digit one. */
function toTwelveDigits(tokens: Tokens, options: IdentityOptions | undefined): string {
  let digits = tokens.digits;
  if (digits.length === 10) {
    const { month, day } = monthAndDay(digits.slice(0, 6));
    const twoDigitYear = Number(digits.slice(0, 2));
    const year = resolveYear(twoDigitYear, month, day, tokens.separator === '+', referenceDay(options));
    digits = pad(year, 4) + digits.slice(2);
  }
  checkCentury(digits);
  return digits;
}

function checkDate(birth: CalendarDay, options: IdentityOptions | undefined): void {
  if (birth.day > daysInMonth(birth.year, birth.month)) {
    throw invalid('invalid date: no such day in that month');
  }
  if (compareDays(birth, referenceDay(options)) > 0) throw invalid('date is in the future');
}

/** The Luhn (modulus 10, weights 2-1-2-1…) check digit over nine digits ÅÅMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  if (nineDigits.length !== 9 || ![...nineDigits].every(isDigit)) {
    throw new TypeError('luhnCheckDigit expects exactly nine digits');
  }
  let sum = 0;
  for (let index = 0; index < 9; index += 1) {
    const product = Number(nineDigits.charAt(index)) * (index % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

function toIdentityNumber(normalized: string, kind: IdentityNumberKind, birth: CalendarDay): IdentityNumber {
  const birthDate = `${pad(birth.year, 4)}-${pad(birth.month, 2)}-${pad(birth.day, 2)}`;
  return Object.freeze({ normalized, kind, birthDate });
}

/**
 * Parses and validates a personnummer or samordningsnummer in any common form: 10 or 12
 * digits, with or without '-' or '+' before the last four digits, surrounding whitespace
 * allowed. Throws InsynError PERSONNUMMER_INVALID with a detail naming what is wrong.
 */
export function parseIdentityNumber(input: string, options?: IdentityOptions): IdentityNumber {
  if (typeof input !== 'string') throw invalid('not a string');
  const normalized = toTwelveDigits(tokenize(input), options);
  const { month, day, kind } = monthAndDay(normalized.slice(0, 8));
  const birth = { year: Number(normalized.slice(0, 4)), month, day };
  checkDate(birth, options);
  if (normalized.slice(8, 11) === '000') throw invalid('birth number 000');
  if (luhnCheckDigit(normalized.slice(2, 11)) !== Number(normalized.charAt(11))) {
    throw invalid('check digit does not match');
  }
  return toIdentityNumber(normalized, kind, birth);
}

/** True when parseIdentityNumber would accept the input. */
export function isValidIdentityNumber(input: string, options?: IdentityOptions): boolean {
  try {
    parseIdentityNumber(input, options);
    return true;
  } catch (error) {
    if (error instanceof InsynError) return false;
    throw error;
  }
}

/** True from the year the person turns 100 (the '+' separator, 18 § folkbokföringslagen). */
function isCentenarian(id: IdentityNumber, options: IdentityOptions | undefined): boolean {
  const year = Number(id.birthDate.slice(0, 4));
  return year + 100 <= referenceDay(options).year;
}

/**
 * Writes the number in a source system's storage form. 'pnr10-dash' uses '+' from the year
 * the person turns 100 (reference day default now). 'pnr10' loses the century.
 */
export function formatIdentityNumber(id: IdentityNumber, form: IdentityForm, options?: IdentityOptions): string {
  const digits = id.normalized;
  switch (form) {
    case 'pnr12': return digits;
    case 'pnr12-dash': return `${digits.slice(0, 8)}-${digits.slice(8)}`;
    case 'pnr10': return digits.slice(2);
    case 'pnr10-dash': {
      const separator = isCentenarian(id, options) ? '+' : '-';
      return `${digits.slice(2, 8)}${separator}${digits.slice(8)}`;
    }
    default: throw new TypeError(`unknown identity form: ${String(form satisfies never)}`);
  }
}

/**
 * The masked display form: the eight date digits as written (so a samordningsnummer keeps
 * its day + 60), a dash and four asterisks, e.g. '19900101-****' or '19900161-****'.
 * It hides the birth number and check digit, which tell people born the same day apart.
 */
export function maskIdentityNumber(id: IdentityNumber): string {
  return `${id.normalized.slice(0, 8)}-****`;
}

function parseCalendarDay(isoDate: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const day = match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
  if (!day || day.month < 1 || day.month > 12 || day.day < 1 || day.day > daysInMonth(day.year, day.month)) {
    throw new TypeError('birthDate must be a real calendar date written YYYY-MM-DD');
  }
  return day;
}

/**
 * A deterministic, valid number for the demo agency and tests: the birth date, a birth
 * number 1..999 and its check digit; kind samordningsnummer adds 60 to the day. Synthetic
 * numbers are for test and demo data only.
 */
export function syntheticIdentityNumber(
  birthDate: string, birthNumber: number, kind: IdentityNumberKind = 'personnummer',
): IdentityNumber {
  const birth = parseCalendarDay(birthDate);
  if (!Number.isInteger(birthNumber) || birthNumber < 1 || birthNumber > 999) {
    throw new TypeError('birthNumber must be an integer from 1 to 999');
  }
  if (birth.year < 1800 || birth.year > 2099) throw new TypeError('birthDate must lie in 1800-2099');
  const writtenDay = kind === 'samordningsnummer' ? birth.day + SAMORDNING_DAY_OFFSET : birth.day;
  const body = `${pad(birth.year, 4)}${pad(birth.month, 2)}${pad(writtenDay, 2)}${pad(birthNumber, 3)}`;
  return toIdentityNumber(body + String(luhnCheckDigit(body.slice(2))), kind, birth);
}
