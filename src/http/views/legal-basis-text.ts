// A purpose's legal basis in words (Art. 6(1), Art. 9(2) and the national provision), in
// Swedish and English, for the privacy page.
import type { Article6Basis, LegalBasis } from '../../catalog/catalog-types.ts';
import type { Language } from '../request-language.ts';

const article6: Readonly<Record<Language, Readonly<Record<Article6Basis, string>>>> = {
  sv: {
    a: 'samtycke (artikel 6.1 a i dataskyddsförordningen)',
    b: 'avtal (artikel 6.1 b i dataskyddsförordningen)',
    c: 'rättslig förpliktelse (artikel 6.1 c i dataskyddsförordningen)',
    d: 'grundläggande intressen (artikel 6.1 d i dataskyddsförordningen)',
    e: 'uppgift av allmänt intresse eller myndighetsutövning (artikel 6.1 e i dataskyddsförordningen)',
    f: 'berättigat intresse (artikel 6.1 f i dataskyddsförordningen)',
  },
  en: {
    a: 'consent (Article 6(1)(a) GDPR)',
    b: 'performance of a contract (Article 6(1)(b) GDPR)',
    c: 'a legal obligation (Article 6(1)(c) GDPR)',
    d: 'vital interests (Article 6(1)(d) GDPR)',
    e: 'a task carried out in the public interest or in the exercise of official authority (Article 6(1)(e) GDPR)',
    f: 'legitimate interests (Article 6(1)(f) GDPR)',
  },
};

const article9: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  sv: {
    a: 'uttryckligt samtycke', b: 'arbetsrätt, social trygghet och socialt skydd', c: 'grundläggande intressen',
    f: 'rättsliga anspråk', g: 'viktigt allmänt intresse', h: 'hälso- och sjukvård samt social omsorg',
    i: 'folkhälsa', j: 'arkiv, forskning och statistik',
  },
  en: {
    a: 'explicit consent', b: 'employment, social security and social protection law', c: 'vital interests',
    f: 'legal claims', g: 'substantial public interest', h: 'health or social care',
    i: 'public health', j: 'archiving, research and statistics',
  },
};

/** "uppgift av allmänt intresse … (artikel 6.1 e …), 114 kap. socialförsäkringsbalken (2010:110)" */
export function article6Text(basis: LegalBasis, language: Language): string {
  return `${article6[language][basis.article6]}; ${basis.national}`;
}

/** The Art. 9(2) exception for special categories, or undefined when the purpose has none. */
export function article9Text(basis: LegalBasis, language: Language): string | undefined {
  const letter = basis.article9;
  if (!letter) return undefined;
  const words = article9[language][letter];
  const article = language === 'sv' ? `artikel 9.2 ${letter}` : `Article 9(2)(${letter})`;
  return words ? `${article} (${words})` : article;
}
