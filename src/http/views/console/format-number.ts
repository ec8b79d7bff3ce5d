// Numbers and months as the console shows them: "1 234", "7,5" and "januari 2025" in Swedish;
// "1,234", "7.5" and "January 2025" in English.
import type { Language } from '../../request-language.ts';

const locales: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };

const numberFormats = {
  sv: new Intl.NumberFormat(locales.sv, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 1 }),
} as const;

const monthFormats = {
  sv: new Intl.DateTimeFormat(locales.sv, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(locales.en, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
} as const;

/** A count or a measure with at most one decimal, grouped as the language groups digits. */
export function formatNumber(value: number, language: Language): string {
  return numberFormats[language].format(value);
}

/** A month given as YYYY-MM in words: "januari 2025". */
export function formatMonth(month: string, language: Language): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`not a month: ${month}`);
  return monthFormats[language].format(date);
}
