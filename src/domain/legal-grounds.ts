// The standard legal grounds a decision on a rights request cites (R06, R14): GDPR articles,
// dataskyddslagen (2018:218) and offentlighets- och sekretesslagen (2009:400, OSL), each as a
// stable id with its Swedish and English wording. A decision may also cite another provision in
// the case handler's own words; such a ground is shown as written.
//
// Verification: OSL 28 kap. 1 § is socialförsäkringssekretessen (checked against Försäkringskassan's
// vägledning 2001:3, ch. 4.1, as published on jurist.lat). 26 kap. 1 § OSL is secrecy in the social
// services (socialtjänsten), not social insurance, so it is not listed. OSL 21 kap. 3 §, 12 kap. 3 §
// and dataskyddslagen 5 kap. 1–2 §§ follow legal-requirements.md R08/R14/R15 (secondary sources,
// not checked against the statute text).

export type LegalGroundLanguage = 'sv' | 'en';

export interface LegalGround {
  readonly sv: string;
  readonly en: string;
}

const gdprSv = 'EU:s dataskyddsförordning';
const gdprEn = 'the EU General Data Protection Regulation';
const dslSv = 'dataskyddslagen (2018:218)';
const dslEn = 'the Data Protection Act (2018:218)';
const oslSv = 'offentlighets- och sekretesslagen (2009:400)';
const oslEn = 'the Public Access to Information and Secrecy Act (2009:400)';

export const LEGAL_GROUNDS = {
  'gdpr-12-5': {
    sv: `Artikel 12.5 i ${gdprSv} (uppenbart ogrundad eller orimlig begäran)`,
    en: `Article 12(5) of ${gdprEn} (manifestly unfounded or excessive request)`,
  },
  'gdpr-15-4': {
    sv: `Artikel 15.4 i ${gdprSv} (andra personers rättigheter och friheter)`,
    en: `Article 15(4) of ${gdprEn} (the rights and freedoms of others)`,
  },
  'gdpr-17-3-b': {
    sv: `Artikel 17.3 b i ${gdprSv} (rättslig förpliktelse, uppgift av allmänt intresse eller myndighetsutövning)`,
    en: `Article 17(3)(b) of ${gdprEn} (legal obligation, task in the public interest or exercise of official authority)`,
  },
  'gdpr-17-3-d': {
    sv: `Artikel 17.3 d i ${gdprSv} (arkivändamål av allmänt intresse, forskning eller statistik)`,
    en: `Article 17(3)(d) of ${gdprEn} (archiving in the public interest, research or statistics)`,
  },
  'gdpr-17-3-e': {
    sv: `Artikel 17.3 e i ${gdprSv} (för att fastställa, göra gällande eller försvara rättsliga anspråk)`,
    en: `Article 17(3)(e) of ${gdprEn} (to establish, exercise or defend legal claims)`,
  },
  'gdpr-18': {
    sv: `Artikel 18 i ${gdprSv} (rätten till begränsning av behandling)`,
    en: `Article 18 of ${gdprEn} (the right to restriction of processing)`,
  },
  'gdpr-21-1': {
    sv: `Artikel 21.1 i ${gdprSv} (tvingande berättigade skäl för behandlingen)`,
    en: `Article 21(1) of ${gdprEn} (compelling legitimate grounds for the processing)`,
  },
  'dsl-5-1': {
    sv: `5 kap. 1 § ${dslSv} (uppgifter som vi enligt lag inte får lämna ut, till exempel på grund av sekretess)`,
    en: `Chapter 5, Section 1 of ${dslEn} (data we may not disclose by law, for example because of secrecy)`,
  },
  'dsl-5-2': {
    sv: `5 kap. 2 § ${dslSv} (utkast och minnesanteckningar)`,
    en: `Chapter 5, Section 2 of ${dslEn} (drafts and notes)`,
  },
  'osl-12-3': {
    sv: `12 kap. 3 § ${oslSv} (sekretess som skyddar en underårig även mot vårdnadshavaren)`,
    en: `Chapter 12, Section 3 of ${oslEn} (secrecy protecting a minor, also from the guardian)`,
  },
  'osl-21-3': {
    sv: `21 kap. 3 § ${oslSv} (skyddad adress och liknande uppgifter om personer som kan utsättas för hot eller våld)`,
    en: `Chapter 21, Section 3 of ${oslEn} (protected address and similar data about persons at risk of threats or violence)`,
  },
  'osl-28-1': {
    sv: `28 kap. 1 § ${oslSv} (socialförsäkringssekretess)`,
    en: `Chapter 28, Section 1 of ${oslEn} (social insurance secrecy)`,
  },
} as const satisfies Readonly<Record<string, LegalGround>>;

export type LegalGroundId = keyof typeof LEGAL_GROUNDS;

export const LEGAL_GROUND_IDS = Object.keys(LEGAL_GROUNDS) as readonly LegalGroundId[];

export function isLegalGroundId(ground: string): ground is LegalGroundId {
  return Object.hasOwn(LEGAL_GROUNDS, ground);
}

/** A standard ground's wording in the language asked for; any other ground as the case handler wrote it. */
export function legalGroundLabel(ground: string, language: LegalGroundLanguage): string {
  return isLegalGroundId(ground) ? LEGAL_GROUNDS[ground][language] : ground.trim();
}
