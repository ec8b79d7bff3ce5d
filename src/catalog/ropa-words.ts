// The words the Art. 30 record uses for the catalog's coded values, in Swedish and English:
// legal bases, retention periods and starting events, disposal, erasure grounds, contacts.
import { parseIsoDuration, type IsoDuration } from '../lib/iso-duration.ts';
import type { Contact, ErasureGround, ErasureRule, LegalBasis, Retention, RetentionStart } from './catalog-types.ts';

export type Language = 'sv' | 'en';

type Words = Readonly<Record<Language, string>>;

const article6Words: Readonly<Record<string, Words>> = {
  a: { sv: 'samtycke', en: 'consent' },
  b: { sv: 'avtal', en: 'contract' },
  c: { sv: 'rättslig förpliktelse', en: 'legal obligation' },
  d: { sv: 'grundläggande intressen', en: 'vital interests' },
  e: { sv: 'uppgift av allmänt intresse eller myndighetsutövning', en: 'task in the public interest or official authority' },
  f: { sv: 'berättigat intresse', en: 'legitimate interests' },
};

const article9Words: Readonly<Record<string, Words>> = {
  a: { sv: 'uttryckligt samtycke', en: 'explicit consent' },
  b: { sv: 'arbetsrätt, social trygghet och socialt skydd', en: 'employment, social security and social protection law' },
  c: { sv: 'grundläggande intressen', en: 'vital interests' },
  d: { sv: 'ideell organisations verksamhet', en: 'activities of a not-for-profit body' },
  e: { sv: 'uppgifter som offentliggjorts av den registrerade', en: 'data made public by the data subject' },
  f: { sv: 'rättsliga anspråk', en: 'legal claims' },
  g: { sv: 'viktigt allmänt intresse', en: 'substantial public interest' },
  h: { sv: 'hälso- och sjukvård eller social omsorg', en: 'health or social care' },
  i: { sv: 'folkhälsa', en: 'public health' },
  j: { sv: 'arkiv, forskning eller statistik', en: 'archiving, research or statistics' },
};

/** sv "art. 6.1 e dataskyddsförordningen (…); art. 9.2 b …; 114 kap. …", en "Art. 6(1)(e) GDPR (…); …" */
export function legalBasisWords(basis: LegalBasis, lang: Language): string {
  const cite = (article: number, paragraph: number, letter: string) => (lang === 'sv'
    ? `art. ${article}.${paragraph} ${letter} dataskyddsförordningen`
    : `Art. ${article}(${paragraph})(${letter}) GDPR`);
  const parts = [`${cite(6, 1, basis.article6)} (${article6Words[basis.article6]?.[lang] ?? '?'})`];
  if (basis.article9) parts.push(`${cite(9, 2, basis.article9)} (${article9Words[basis.article9]?.[lang] ?? '?'})`);
  parts.push(basis.national);
  return parts.join('; ');
}

const units: readonly [keyof IsoDuration, Words, Words][] = [
  ['years', { sv: 'år', en: 'year' }, { sv: 'år', en: 'years' }],
  ['months', { sv: 'månad', en: 'month' }, { sv: 'månader', en: 'months' }],
  ['weeks', { sv: 'vecka', en: 'week' }, { sv: 'veckor', en: 'weeks' }],
  ['days', { sv: 'dag', en: 'day' }, { sv: 'dagar', en: 'days' }],
  ['hours', { sv: 'timme', en: 'hour' }, { sv: 'timmar', en: 'hours' }],
  ['minutes', { sv: 'minut', en: 'minute' }, { sv: 'minuter', en: 'minutes' }],
  ['seconds', { sv: 'sekund', en: 'second' }, { sv: 'sekunder', en: 'seconds' }],
];

/** "2 år och 6 månader" / "2 years and 6 months"; the text itself when it is no duration. */
export function durationWords(period: string, lang: Language): string {
  const duration = parseIsoDuration(period);
  if (!duration) return period;
  const parts = units.filter(([unit]) => duration[unit] > 0)
    .map(([unit, one, many]) => `${duration[unit]} ${(duration[unit] === 1 ? one : many)[lang]}`);
  if (parts.length === 0) return lang === 'sv' ? '0 dagar' : '0 days';
  const last = parts.pop();
  return parts.length > 0 ? `${parts.join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${last}` : `${last}`;
}

const startWords: Readonly<Record<RetentionStart, Words>> = {
  'collected': { sv: 'från att uppgiften samlades in', en: 'from collection' },
  'case-closed': { sv: 'från att ärendet avslutades', en: 'from the closing of the case' },
  'payment-made': { sv: 'från utbetalningen', en: 'from the payment' },
  'contact-made': { sv: 'från kontakten', en: 'from the contact' },
  'death': { sv: 'från den registrerades död', en: "from the data subject's death" },
  'superseded': { sv: 'från att uppgiften ersattes av en nyare', en: 'from being superseded' },
};

/** "10 år från att ärendet avslutades, gallras sedan (RA-MS 2019:27)" */
export function retentionWords(retention: Retention, lang: Language): string {
  const then = retention.disposal === 'gallras'
    ? { sv: 'gallras sedan', en: 'then disposed of (deleted)' }
    : { sv: 'arkiveras sedan', en: 'then transferred to the archive' };
  return `${durationWords(retention.period, lang)} ${startWords[retention.from][lang]}, ${then[lang]} (${retention.source})`;
}

const groundWords: Readonly<Record<ErasureGround, Words>> = {
  'legal-obligation': { sv: 'rättslig förpliktelse, art. 17.3 b', en: 'legal obligation, Art. 17(3)(b)' },
  'public-task': { sv: 'uppgift av allmänt intresse, art. 17.3 b', en: 'task in the public interest, Art. 17(3)(b)' },
  'official-authority': { sv: 'myndighetsutövning, art. 17.3 b', en: 'official authority, Art. 17(3)(b)' },
  'archiving': { sv: 'arkivändamål av allmänt intresse, art. 17.3 d', en: 'archiving in the public interest, Art. 17(3)(d)' },
};

/** Whether the data are erased when the person asks (Art. 17), and if not, why. */
export function erasureWords(erasure: ErasureRule, lang: Language): string {
  if (erasure.rule === 'erasable' && erasure.method === 'anonymise') {
    return lang === 'sv' ? 'Avidentifieras på begäran (art. 17)' : 'Anonymised on request (Art. 17)';
  }
  if (erasure.rule === 'erasable') return lang === 'sv' ? 'Raderas på begäran (art. 17)' : 'Erased on request (Art. 17)';
  const retained = lang === 'sv' ? 'Raderas inte på begäran' : 'Not erased on request';
  return `${retained}: ${groundWords[erasure.ground][lang]} (${erasure.reference})`;
}

/** "Name, postal address, phone, e-mail, web" with what the contact has. */
export function contactWords(contact: Contact, lang: Language): string {
  return [contact.name[lang], contact.postalAddress, contact.phone, contact.email, contact.url]
    .filter((part): part is string => Boolean(part)).join(', ');
}
