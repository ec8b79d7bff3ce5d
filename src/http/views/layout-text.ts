// The words of the page frame (layout.ts) in Swedish and English.
import type { Language } from '../request-language.ts';

export interface LayoutText {
  readonly skipLink: string;
  readonly languageNav: string;
  readonly footerNav: string;
  readonly privacy: string;
  readonly cookieSettings: string;
  readonly accessibility: string;
  /** The old-browser notice (shown only where the stylesheet's modern features are missing). */
  readonly oldBrowserTitle: string;
  readonly oldBrowser: string;
  readonly organisationNumber: string;
  readonly poweredBy: string;
  readonly signedInAs: string;
  readonly logout: string;
}

export const layoutText: Readonly<Record<Language, LayoutText>> = {
  sv: {
    skipLink: 'Gå till innehåll',
    languageNav: 'Språk',
    footerNav: 'Sidfot',
    privacy: 'Behandling av personuppgifter',
    cookieSettings: 'Kakinställningar',
    accessibility: 'Tillgänglighetsredogörelse',
    oldBrowserTitle: 'Tänk på att...',
    oldBrowser: 'Din webbläsare är av en äldre modell. Det innebär att du kanske inte kan använda alla funktioner på webbplatsen. '
      + 'Vi rekommenderar att du uppdaterar till en nyare version.',
    organisationNumber: 'organisationsnummer',
    poweredBy: 'Webbplatsen drivs med Insyn, öppen källkod.',
    signedInAs: 'Inloggad:',
    logout: 'Logga ut',
  },
  en: {
    skipLink: 'Skip to content',
    languageNav: 'Language',
    footerNav: 'Footer',
    privacy: 'Personal data',
    cookieSettings: 'Cookie settings',
    accessibility: 'Accessibility statement',
    oldBrowserTitle: 'Please note...',
    oldBrowser: 'Your browser is an older model. This means that you may not be able to use every function of the website. '
      + 'We recommend that you update to a newer version.',
    organisationNumber: 'organisation number',
    poweredBy: 'This site runs on Insyn, open source.',
    signedInAs: 'Logged in:',
    logout: 'Log out',
  },
};

/** Public paths per language; the language switch links a page to its counterpart. */
export const publicPaths = {
  start: { sv: '/', en: '/en' },
  privacy: { sv: '/behandling-av-personuppgifter', en: '/en/personal-data' },
  cookies: { sv: '/kakor', en: '/en/cookies' },
  accessibility: { sv: '/tillganglighet', en: '/en/accessibility' },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

export type PublicPage = keyof typeof publicPaths;
