// The e-service's addresses. Language scheme: mirrored paths, as the public pages already have
// (/behandling-av-personuppgifter ↔ /en/personal-data): Swedish under /e-tjanst, English under
// /en/e-service. The language is part of the address, so every link, form action and redirect
// stays in its language without a parameter to carry along, error pages and the login's return
// path keep it (requestLanguage reads /en/), and the language switch links the same page in the
// other language. Ids are UUIDs; nothing personal is ever part of a path or query.
import type { RequestRight } from '../../../domain/request-kinds.ts';
import type { Language } from '../../request-language.ts';

export const rightSlugs: Readonly<Record<Language, Readonly<Record<RequestRight, string>>>> = {
  sv: {
    access: 'registerutdrag', rectification: 'rattelse', completion: 'komplettering',
    erasure: 'radering', restriction: 'begransning', objection: 'invandning',
  },
  en: {
    access: 'access', rectification: 'rectification', completion: 'completion',
    erasure: 'erasure', restriction: 'restriction', objection: 'objection',
  },
};

const words = {
  sv: { root: '/e-tjanst', form: 'begaran', requests: 'arenden', letters: 'brev', received: 'mottagen' },
  en: { root: '/en/e-service', form: 'request', requests: 'requests', letters: 'letters', received: 'received' },
} as const;

/** The query flag the request page gets right after registration (shows the acknowledgement). */
export const receivedFlag: Readonly<Record<Language, string>> = { sv: words.sv.received, en: words.en.received };

export interface EservicePaths {
  readonly start: string;
  readonly requests: string;
  form(right: RequestRight): string;
  /** Ids may also be route parameters (':id') when the routes are declared. */
  request(id: string): string;
  /** The request page right after registration. */
  received(id: string): string;
  letter(id: string, letterId: string): string;
  pdf(id: string, letterId: string): string;
  json(id: string, letterId: string): string;
  /** The citizen login that returns to `returnTo`. */
  login(returnTo: string): string;
}

export function eservicePaths(language: Language): EservicePaths {
  const w = words[language];
  const request = (id: string) => `${w.root}/${w.requests}/${id}`;
  const letter = (id: string, letterId: string) => `${request(id)}/${w.letters}/${letterId}`;
  return {
    start: w.root,
    requests: `${w.root}/${w.requests}`,
    form: (right) => `${w.root}/${w.form}/${rightSlugs[language][right]}`,
    request,
    received: (id) => `${request(id)}?${w.received}=1`,
    letter,
    pdf: (id, letterId) => `${letter(id, letterId)}/pdf`,
    json: (id, letterId) => `${letter(id, letterId)}/json`,
    login: (returnTo) => `/inloggning?tillbaka=${encodeURIComponent(returnTo)}`,
  };
}

export const otherLanguage = (language: Language): Language => (language === 'sv' ? 'en' : 'sv');
