// The words of the staff console's page frame (console-layout.ts) in Swedish and English, the
// console's paths, and how staff roles are named.
import { FEEDBACK_READER_ROLES } from '../../../operations/accessibility/accessibility-feedback.ts';
import type { Language } from '../../request-language.ts';

export interface ConsoleLayoutText {
  readonly skipLink: string;
  readonly product: string;
  readonly mainNav: string;
  readonly queue: string;
  readonly register: string;
  readonly search: string;
  readonly dpo: string;
  readonly feedback: string;
  readonly signedInAs: string;
  readonly logout: string;
  readonly roles: Readonly<Record<string, string>>;
}

export const consoleLayoutText: Readonly<Record<Language, ConsoleLayoutText>> = {
  sv: {
    skipLink: 'Gå till innehåll',
    product: 'Insyn – handläggning',
    mainNav: 'Handläggning',
    queue: 'Ärendekö',
    register: 'Registrera ärende',
    search: 'Sök person',
    dpo: 'Dataskyddsombud',
    feedback: 'Tillgänglighetsmeddelanden',
    signedInAs: 'Inloggad som',
    logout: 'Logga ut',
    roles: { handlaggare: 'handläggare', granskare: 'granskare', dataskyddsombud: 'dataskyddsombud', administrator: 'administratör' },
  },
  en: {
    skipLink: 'Skip to content',
    product: 'Insyn – case handling',
    mainNav: 'Case handling',
    queue: 'Request queue',
    register: 'Register a request',
    search: 'Find a person',
    dpo: 'Data protection officer',
    feedback: 'Accessibility feedback',
    signedInAs: 'Signed in as',
    logout: 'Log out',
    roles: { handlaggare: 'case handler', granskare: 'reviewer', dataskyddsombud: 'data protection officer', administrator: 'administrator' },
  },
};

/** The console's paths (Swedish in both languages: staff bookmark one address). */
export const consolePaths = {
  queue: '/konsol',
  register: '/konsol/registrera',
  search: '/konsol/sok',
  dpo: '/konsol/dso',
  /** The DPO dashboard's figures as CSV (same ?fran=&till= as the dashboard). */
  dpoCsv: '/konsol/dso/statistik.csv',
  /** What visitors sent through the accessibility statement's feedback form. */
  feedback: '/konsol/tillganglighet',
  logout: '/konsol/utloggning',
} as const;

/** Roles that see the data protection officer's dashboard. */
export const DPO_ROLES: readonly string[] = ['dataskyddsombud', 'administrator'];

/** Roles that read the accessibility feedback (the use case decides; the navigation follows it). */
export const FEEDBACK_ROLES: readonly string[] = FEEDBACK_READER_ROLES;
