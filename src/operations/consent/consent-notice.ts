// The cookie banner's words (the first layer), per language, built from the catalog: the heading,
// one sentence per cookie category, the link to the cookie page, the question naming the optional
// categories, the two equal answers, and that the choice can be changed at any time (PTS's points:
// purposes named, refusal beside acceptance, withdrawal in the same view). A consent record
// proves which notice was shown by its hash: the SHA-256 of the revision and every line below,
// which are exactly the texts the banner renders (http/views/consent-banner.ts).
import { createHash } from 'node:crypto';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Language } from '../../catalog/ropa-words.ts';

export interface ConsentNotice {
  readonly language: Language;
  readonly revision: number;
  readonly heading: string;
  /** The categories' sentences, the necessary one first. */
  readonly paragraphs: readonly string[];
  /** The link to the cookie page. */
  readonly moreLink: string;
  readonly question: string;
  readonly accept: string;
  readonly refuse: string;
  readonly withdrawal: string;
  /** SHA-256 (hex) of `text`. */
  readonly hash: string;
  /** The notice as the record keeps it: the revision and every line, one per line. */
  readonly text: string;
}

const words = {
  sv: {
    heading: (agency: string) => `Kakor på ${agency}`,
    moreLink: (agency: string) => `Så här använder ${agency} kakor`,
    question: (categories: string) => `Godkänner du att vi också använder ${categories}?`,
    and: ' och ',
    accept: 'Ja, jag godkänner alla kakor',
    refuse: 'Nej, jag godkänner bara nödvändiga kakor',
    withdrawal: 'Du kan när som helst ändra ditt val eller ta tillbaka ditt samtycke under Kakinställningar längst ned på varje sida.',
  },
  en: {
    heading: (agency: string) => `Cookies at ${agency}`,
    moreLink: (agency: string) => `How ${agency} uses cookies`,
    question: (categories: string) => `Do you accept that we also use ${categories}?`,
    and: ' and ',
    accept: 'Yes, I accept all cookies',
    refuse: 'No, I accept only necessary cookies',
    withdrawal: 'You can change your choice or withdraw your consent at any time under Cookie settings at the bottom of every page.',
  },
} as const;

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

function joined(names: readonly string[], and: string): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

export function consentNotice(catalog: Catalog, language: Language): ConsentNotice {
  const text = words[language];
  const agency = catalog.controller.name[language];
  const categories = [...catalog.cookieCategories].sort((a, b) => Number(b.necessary) - Number(a.necessary));
  const optional = categories.filter((category) => !category.necessary).map((category) => lowerFirst(category.name[language]));
  const parts = {
    heading: text.heading(agency),
    paragraphs: categories.map((category) => category.description[language]),
    moreLink: text.moreLink(agency),
    question: text.question(joined(optional, text.and)),
    accept: text.accept,
    refuse: text.refuse,
    withdrawal: text.withdrawal,
  };
  const lines = [`revision ${catalog.consentRevision} (${language})`, parts.heading, ...parts.paragraphs, parts.moreLink,
    parts.question, parts.accept, parts.refuse, parts.withdrawal];
  const full = lines.join('\n');
  return { language, revision: catalog.consentRevision, ...parts, text: full, hash: createHash('sha256').update(full).digest('hex') };
}
