// The register extract as it would be sent now (the <main> content): the collected copy with the
// secrecy review applied, so the case handler and the granskare see what the person will get
// before the decision. Nothing is sent or printed from here.
import type { Language } from '../../request-language.ts';
import { extractHtml } from '../../../documents/extract-html.ts';
import type { ExtractModel } from '../../../documents/extract-model.ts';
import { extractOutline } from '../../../documents/extract-outline.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { casePath, withLanguage } from './case-paths.ts';

const words = {
  sv: {
    title: (caseNumber: string) => `Förhandsgranskning av registerutdraget – ${caseNumber}`,
    lead: 'Så här ser registerutdraget ut om det skickas nu, med de förslag i sekretessprövningen som är godkända. Uppgifter som väntar på prövning är inte med. Ingenting skickas härifrån.',
    back: (caseNumber: string) => `Tillbaka till ärende ${caseNumber}`,
    document: 'Registerutdraget',
  },
  en: {
    title: (caseNumber: string) => `Preview of the register extract – ${caseNumber}`,
    lead: 'This is the register extract as it would be sent now, with the approved proposals of the secrecy review. Items that wait for review are left out. Nothing is sent from here.',
    back: (caseNumber: string) => `Back to case ${caseNumber}`,
    document: 'The register extract',
  },
} as const;

export function extractPreviewTitle(caseNumber: string, language: Language): string {
  return words[language].title(caseNumber);
}

export function renderExtractPreviewPage(input: { readonly language: Language; readonly requestId: string; readonly caseNumber: string; readonly model: ExtractModel }): SafeHtml {
  const text = words[input.language];
  return html`<h1>${text.title(input.caseNumber)}</h1>
    <p>${text.lead}</p>
    <p><a href="${withLanguage(casePath(input.requestId), input.language)}">${text.back(input.caseNumber)}</a></p>
    <section aria-label="${text.document}" class="case-document">
      ${extractHtml(extractOutline(input.model), { headingOffset: 1 })}
    </section>`;
}
