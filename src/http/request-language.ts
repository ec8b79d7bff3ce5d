// The language a response is written in: English under /en/ or when Accept-Language
// prefers English over Swedish; Swedish otherwise (the default for a Swedish agency).

export type Language = 'sv' | 'en';

export interface LanguageSource {
  readonly url: string;
  readonly headers: { readonly 'accept-language'?: string | undefined };
}

function quality(header: string, language: Language): number {
  let best = 0;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    if (tag !== language && !tag.startsWith(`${language}-`)) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    if (Number.isFinite(value)) best = Math.max(best, value);
  }
  return best;
}

/** `sv` unless the path is under /en/ or the Accept-Language header ranks English above Swedish. */
export function requestLanguage(request: LanguageSource): Language {
  const path = request.url.split('?')[0] ?? '';
  if (path === '/en' || path.startsWith('/en/')) return 'en';
  const header = request.headers['accept-language'];
  if (!header) return 'sv';
  return quality(header, 'en') > quality(header, 'sv') ? 'en' : 'sv';
}
