// Dates as the extract writes them in running text: "29 november 2026" / "29 November 2026".
// A timestamp is read as the day it was in Sweden (Europe/Stockholm), so an extract made just
// after midnight Swedish time carries the Swedish date; a plain YYYY-MM-DD is that day.
import type { ExtractLanguage } from './extract-model.ts';

const locales: Readonly<Record<ExtractLanguage, string>> = { sv: 'sv-SE', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: ExtractLanguage, timeZone: string): Intl.DateTimeFormat {
  const key = `${language} ${timeZone}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    formats.set(key, found);
  }
  return found;
}

/** "29 november 2026" (sv) or "29 November 2026" (en) from an ISO date or timestamp. */
export function longDate(iso: string, language: ExtractLanguage): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const instant = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(instant.getTime())) throw new TypeError('longDate needs an ISO date or timestamp');
  return format(language, dateOnly ? 'UTC' : 'Europe/Stockholm').format(instant);
}
