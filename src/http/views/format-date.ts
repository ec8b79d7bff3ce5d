// Dates in words as the public pages show them: "1 maj 2025", "1 May 2025".
import type { Language } from '../request-language.ts';

const locales: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** Formats an ISO date (YYYY-MM-DD) in the language's long form; invalid input is a programmer error. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new TypeError(`not an ISO date: ${isoDate}`);
  return new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(date);
}
