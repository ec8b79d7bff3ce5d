// Instants as the console shows them, in Swedish time: "2 mars 2026 kl. 10:15", "2 March 2026 at 10:15",
// and the Swedish day of an instant in words ("2 mars 2026").
import type { Language } from '../../request-language.ts';
import { swedishDay } from '../../../domain/response-deadline.ts';
import { formatDate } from '../format-date.ts';

const formats: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
};

export function formatDateTime(instant: Date, language: Language): string {
  return formats[language].format(instant);
}

/** The day (in Sweden) of the instant, in words; a due date is the end of its day. */
export function formatSwedishDay(instant: Date, language: Language): string {
  return formatDate(swedishDay(instant), language);
}

/** YYYY-MM-DDTHH:mm in Swedish time, the value format of <input type="datetime-local">. */
export function localDateTimeValue(instant: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
