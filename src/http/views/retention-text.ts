// A dataset's retention rule in words ("Gallras 10 år efter att ärendet har avslutats"), in
// Swedish and English, for the privacy page.
import type { Retention, RetentionStart } from '../../catalog/catalog-types.ts';
import { durationWords } from '../../catalog/ropa-words.ts';
import { parseIsoDuration } from '../../lib/iso-duration.ts';
import type { Language } from '../request-language.ts';

interface RetentionWords {
  readonly disposal: Readonly<Record<Retention['disposal'], string>>;
  /** The starting event after a period: "10 år efter att …". */
  readonly after: Readonly<Record<RetentionStart, string>>;
  /** The starting event with no period: "när …". */
  readonly when: Readonly<Record<RetentionStart, string>>;
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
  },
};

/** The whole rule as one sentence, e.g. "Gallras (raderas) 2 år efter kontakten." */
export function retentionText(retention: Retention, language: Language): string {
  const text = words[language];
  const parsed = parseIsoDuration(retention.period);
  const zero = parsed !== undefined && Object.values(parsed).every((amount) => amount === 0);
  const start = zero ? text.when[retention.from] : `${durationWords(retention.period, language)} ${text.after[retention.from]}`;
  return `${text.disposal[retention.disposal]} ${start}.`;
}
