// The words the register extract uses for the catalog's secrecy classes: what kind of data
// was left out, the label a masked value shows, and the standard legal ground. Where secrecy
// under offentlighets- och sekretesslagen (OSL) limits the right of access, the ground also
// cites 5 kap. 1 § dataskyddslagen; drafts and notes fall outside it under 5 kap. 2 § instead.
import type { SecrecyClass } from '../catalog/catalog-types.ts';
import type { ExtractLanguage } from './extract-model.ts';

/** The secrecy classes that leave something out of an extract. */
export type WithholdingKind = Exclude<SecrecyClass, 'none'>;

type Words = Readonly<Record<ExtractLanguage, string>>;

const kindNames: Readonly<Record<WithholdingKind, Words>> = {
  'third-party': { sv: 'Uppgifter om någon annan person', en: 'Data about another person' },
  'protected-address': { sv: 'Skyddad adress eller liknande uppgift', en: 'Protected address or similar data' },
  'draft-or-note': { sv: 'Utkast eller minnesanteckning', en: 'Draft or note' },
  'child-against-guardian': { sv: 'Barns uppgifter som skyddas mot vårdnadshavare', en: "A child's data protected from a guardian" },
};

const secrecyLabel: Words = { sv: '[Utelämnad enligt sekretess]', en: '[Withheld under secrecy]' };

const redactionLabels: Readonly<Record<WithholdingKind, Words>> = {
  'third-party': secrecyLabel,
  'protected-address': secrecyLabel,
  'draft-or-note': { sv: '[Utelämnad: utkast eller minnesanteckning]', en: '[Withheld: draft or note]' },
  'child-against-guardian': secrecyLabel,
};

const osl: Words = { sv: 'offentlighets- och sekretesslagen (2009:400)', en: 'the Public Access to Information and Secrecy Act (2009:400)' };

function chapterSection(chapter: number, section: number, law: string, language: ExtractLanguage): string {
  return language === 'sv' ? `${chapter} kap. ${section} § ${law}` : `Chapter ${chapter}, Section ${section} of ${law}`;
}

const dataProtectionAct: Words = {
  sv: 'lagen (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)',
  en: 'the Act (2018:218) containing supplementary provisions to the EU General Data Protection Regulation (the Data Protection Act)',
};

const dataProtectionActShort: Words = { sv: 'dataskyddslagen (2018:218)', en: 'the Data Protection Act (2018:218)' };

const oslProvision: Readonly<Record<Exclude<WithholdingKind, 'draft-or-note'>, readonly [number, number]>> = {
  'third-party': [28, 1],
  'protected-address': [21, 3],
  'child-against-guardian': [12, 3],
};

function checkKind(kind: SecrecyClass): asserts kind is WithholdingKind {
  if (!Object.hasOwn(kindNames, kind)) throw new TypeError(`secrecy class ${JSON.stringify(kind)} withholds nothing`);
}

/** "Uppgifter om någon annan person" / "Data about another person". */
export function secrecyKindName(kind: SecrecyClass, language: ExtractLanguage): string {
  checkKind(kind);
  return kindNames[kind][language];
}

/** What a masked value shows instead of its content, e.g. "[Utelämnad enligt sekretess]". */
export function redactionLabel(kind: SecrecyClass, language: ExtractLanguage): string {
  checkKind(kind);
  return redactionLabels[kind][language];
}

/**
 * The standard legal ground for leaving data of this kind out of an extract, e.g.
 * "28 kap. 1 § offentlighets- och sekretesslagen (2009:400); 5 kap. 1 § dataskyddslagen (2018:218)".
 * Throws TypeError for 'none', which withholds nothing.
 */
export function secrecyGround(kind: SecrecyClass, language: ExtractLanguage): string {
  checkKind(kind);
  if (kind === 'draft-or-note') return chapterSection(5, 2, dataProtectionAct[language], language);
  const [chapter, section] = oslProvision[kind];
  const secrecy = chapterSection(chapter, section, osl[language], language);
  return `${secrecy}; ${chapterSection(5, 1, dataProtectionActShort[language], language)}`;
}
