// The demo agency's benefits (förmåner) and the authorities it discloses data to, with the
// few facts the seeder needs to make cases, payments and disclosures look plausible.

export interface Benefit {
  readonly name: string;
  readonly minAge: number;
  readonly maxAge: number;
  /** Relative frequency among an adult's cases. */
  readonly weight: number;
  /** Monthly amount range in SEK. */
  readonly amount: readonly [number, number];
  readonly maxPayments: number;
  /** Employer details are collected (income-related benefits). */
  readonly employer?: boolean;
  /** A medical certificate is required. */
  readonly certificate?: boolean;
  /** Rule set used when the decision is automated. */
  readonly automated?: string;
}

export const BENEFITS = {
  sjukpenning: { name: 'sjukpenning', minAge: 18, maxAge: 66, weight: 30, amount: [8000, 28000], maxPayments: 6, employer: true, certificate: true },
  foraldrapenning: { name: 'föräldrapenning', minAge: 20, maxAge: 50, weight: 18, amount: [6000, 26000], maxPayments: 10, employer: true },
  vab: { name: 'tillfällig föräldrapenning (vård av barn)', minAge: 20, maxAge: 55, weight: 18, amount: [1000, 6000], maxPayments: 2, employer: true },
  bostadsbidrag: { name: 'bostadsbidrag', minAge: 18, maxAge: 45, weight: 10, amount: [1000, 4500], maxPayments: 12, automated: 'BOB-2025.1' },
  barnbidrag: { name: 'barnbidrag', minAge: 22, maxAge: 55, weight: 10, amount: [1250, 2500], maxPayments: 12, automated: 'BB-2023.2' },
  aktivitetsersattning: { name: 'aktivitetsersättning', minAge: 19, maxAge: 29, weight: 3, amount: [9000, 12000], maxPayments: 12, certificate: true },
  sjukersattning: { name: 'sjukersättning', minAge: 30, maxAge: 64, weight: 4, amount: [9000, 15000], maxPayments: 12, certificate: true },
  underhallsstod: { name: 'underhållsstöd', minAge: 22, maxAge: 55, weight: 4, amount: [1673, 2373], maxPayments: 12, automated: 'US-2024.1' },
  graviditetspenning: { name: 'graviditetspenning', minAge: 20, maxAge: 45, weight: 2, amount: [9000, 20000], maxPayments: 2, employer: true },
  merkostnadsersattning: { name: 'merkostnadsersättning', minAge: 0, maxAge: 64, weight: 1, amount: [1000, 4000], maxPayments: 12, certificate: true },
  assistansersattning: { name: 'assistansersättning', minAge: 0, maxAge: 110, weight: 1, amount: [30000, 90000], maxPayments: 12 },
} as const satisfies Record<string, Benefit>;

export type BenefitKey = keyof typeof BENEFITS;

export const ADULT_BENEFITS: readonly Benefit[] = Object.values(BENEFITS).filter((benefit) => benefit.minAge >= 18);

/** Benefits a child (12-17) can have a case of its own about. */
export const CHILD_BENEFITS: readonly Benefit[] = [BENEFITS.merkostnadsersattning, BENEFITS.assistansersattning];

export interface Recipient {
  /** The recipient id in catalog/recipients.yaml. */
  readonly id: string;
  readonly legalBasis: string;
  readonly categories: string;
}

/** The catalog's recipients (catalog/recipients.yaml); devservices cannot read the catalog. */
export const RECIPIENTS: readonly Recipient[] = [
  { id: 'skatteverket', legalBasis: '110 kap. 31 § socialförsäkringsbalken', categories: 'identity,financial' },
  { id: 'arbetsformedlingen', legalBasis: '110 kap. 31 § socialförsäkringsbalken', categories: 'identity,case,decision' },
  { id: 'kommun', legalBasis: '110 kap. 31 § socialförsäkringsbalken; 11 kap. 11 § socialtjänstlagen', categories: 'identity,case,financial' },
  { id: 'pensionsmyndigheten', legalBasis: '110 kap. 31 § socialförsäkringsbalken', categories: 'identity,case,decision,financial' },
  { id: 'kronofogden', legalBasis: '7 kap. 3 § utsökningsbalken', categories: 'identity,financial' },
  { id: 'migrationsverket', legalBasis: '110 kap. 31 § socialförsäkringsbalken', categories: 'identity,case' },
];

export const DISCLOSURE_CHANNELS = ['direktåtkomst', 'fil', 'API', 'papper'] as const;
export const CONTACT_CHANNELS = ['telefon', 'telefon', 'telefon', 'brev', 'e-post', 'e-post', 'besök'] as const;
