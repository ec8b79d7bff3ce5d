// A dataset's retention rule in words ("Gallras 10 år efter att ärendet har avslutats"), in
// Swedish and English, for the privacy page.
import type { Retention, RetentionStart } from '../../catalog/catalog-types.ts';
import { parseIsoDuration, type IsoDuration } from '../../lib/iso-duration.ts';
import type { Language } from '../request-language.ts';

interface RetentionWords {
  readonly disposal: Readonly<Record<Retention['disposal'], string>>;
  /** The starting event after a period: "10 år efter att …". */
  readonly after: Readonly<Record<RetentionStart, string>>;
  /** The starting event with no period: "när …". */
  readonly when: Readonly<Record<RetentionStart, string>>;
  readonly units: Readonly<Record<keyof IsoDuration, readonly [one: string, many: string]>>;
  readonly and: string;
}

const words: Readonly<Record<Language, RetentionWords>> = {
  sv: {
    disposal: { gallras: 'Gallras (raderas)', arkiveras: 'Förs över till arkivet och bevaras' },
    after: {
      'collected': 'efter att uppgifterna samlades in', 'case-closed': 'efter att ärendet har avslutats',
      'payment-made': 'efter utbetalningen', 'contact-made': 'efter kontakten',
      'death': 'efter personens död', 'superseded': 'efter att uppgiften har ersatts av en nyare',
    },
    when: {
      'collected': 'när uppgifterna har samlats in', 'case-closed': 'när ärendet har avslutats',
      'payment-made': 'när utbetalningen är gjord', 'contact-made': 'efter kontakten',
      'death': 'när personen har avlidit', 'superseded': 'när uppgiften har ersatts av en nyare',
    },
    units: {
      years: ['år', 'år'], months: ['månad', 'månader'], weeks: ['vecka', 'veckor'], days: ['dag', 'dagar'],
      hours: ['timme', 'timmar'], minutes: ['minut', 'minuter'], seconds: ['sekund', 'sekunder'],
    },
    and: 'och',
  },
  en: {
    disposal: { gallras: 'Disposed of (deleted)', arkiveras: 'Transferred to the archive and kept' },
    after: {
      'collected': 'after the data were collected', 'case-closed': 'after the case was closed',
      'payment-made': 'after the payment', 'contact-made': 'after the contact',
      'death': "after the person's death", 'superseded': 'after being replaced by newer data',
    },
    when: {
      'collected': 'once the data have been collected', 'case-closed': 'when the case is closed',
      'payment-made': 'once the payment is made', 'contact-made': 'after the contact',
      'death': 'when the person has died', 'superseded': 'when replaced by newer data',
    },
    units: {
      years: ['year', 'years'], months: ['month', 'months'], weeks: ['week', 'weeks'], days: ['day', 'days'],
      hours: ['hour', 'hours'], minutes: ['minute', 'minutes'], seconds: ['second', 'seconds'],
    },
    and: 'and',
  },
};

/** "10 år", "1 år och 6 månader"; the empty string for a zero duration. */
export function durationText(duration: IsoDuration, language: Language): string {
  const units = words[language].units;
  const parts = (Object.keys(units) as (keyof IsoDuration)[])
    .filter((unit) => duration[unit] > 0)
    .map((unit) => `${duration[unit]} ${units[unit][duration[unit] === 1 ? 0 : 1]}`);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${words[language].and} ${parts.at(-1)}`;
}

/** The whole rule as one sentence, e.g. "Gallras (raderas) 2 år efter kontakten." */
export function retentionText(retention: Retention, language: Language): string {
  const text = words[language];
  const parsed = parseIsoDuration(retention.period);
  const period = parsed ? durationText(parsed, language) : retention.period;
  const start = period ? `${period} ${text.after[retention.from]}` : text.when[retention.from];
  return `${text.disposal[retention.disposal]} ${start}.`;
}
