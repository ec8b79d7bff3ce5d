// The public page "Behandling av personuppgifter" (/behandling-av-personuppgifter, English
// /en/personal-data), generated from the catalog: everything the agency's own page says
// (shared/seed/privacy-page.txt) plus the Art. 13/14 facts the catalog holds.
import type { Catalog, Purpose } from '../../catalog/catalog-types.ts';
import type { Language } from '../request-language.ts';
import { formatDate } from './format-date.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import { layout } from './layout.ts';
import { article6Text, article9Text } from './legal-basis-text.ts';
import {
  automatedDecisionsSection, capitalise, dataHeldSection, recipientsSection, type PageSection, type SectionInput,
} from './privacy-page-data.ts';
import {
  accessSection, changeSection, complaintSection, controllerSection, lawsSection, objectionSection, requestSection,
} from './privacy-page-rights.ts';
import { privacyPageText } from './privacy-page-text.ts';

function purposeEntry(purpose: Purpose, input: SectionInput): SafeHtml {
  const words = input.text.purposes;
  const special = article9Text(purpose.legalBasis, input.language);
  return html`<dt>${capitalise(purpose.name[input.language])}</dt>
          <dd>
            <p>${purpose.description[input.language]}</p>
            <p><span class="label">${words.basis}:</span> ${article6Text(purpose.legalBasis, input.language)}.</p>
            ${special ? html`<p><span class="label">${words.special}:</span> ${special}.</p>` : ''}
          </dd>`;
}

function purposesSection(input: SectionInput): PageSection {
  const words = input.text.purposes;
  const purposes = input.catalog.purposes.filter((purpose) => purpose.public);
  return {
    id: 'andamal',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        <ul>${purposes.map((purpose) => html`<li>${purpose.name[input.language]}</li>`)}</ul>
        <h3>${words.basisHeading}</h3>
        <dl class="purposes">
          ${purposes.map((purpose) => purposeEntry(purpose, input))}
        </dl>`,
  };
}

function intro(input: SectionInput): SafeHtml {
  const text = input.text;
  return html`<p class="lead">${text.intro(input.catalog.controller.name[input.language])}</p>
      <p>${text.subjectsLead}</p>
      <ul>${input.catalog.subjectCategories.map((subject) => html`<li>${subject.name[input.language]}</li>`)}</ul>
      <p>${text.lawsIntro}</p>
      <p>${text.whatIsPersonalData}</p>
      <p>${text.whatIsProcessing}</p>`;
}

function sections(input: SectionInput): readonly PageSection[] {
  const all = [
    purposesSection(input), dataHeldSection(input), recipientsSection(input), automatedDecisionsSection(input),
    accessSection(input), changeSection(input), objectionSection(input), requestSection(input),
    complaintSection(input), controllerSection(input), lawsSection(input),
  ];
  return all.filter((section): section is PageSection => section !== undefined);
}

function contents(list: readonly PageSection[], label: string): SafeHtml {
  return html`<nav class="contents" aria-labelledby="innehall-rubrik">
        <h2 id="innehall-rubrik">${label}</h2>
        <ul>${list.map((section) => html`<li><a href="#${section.id}">${section.heading}</a></li>`)}</ul>
      </nav>`;
}

function lastUpdated(input: SectionInput): SafeHtml {
  const iso = input.catalog.controller.lastUpdated;
  return html`<p class="last-updated">${input.text.lastUpdated}
        <time datetime="${iso}">${formatDate(iso, input.language)}</time></p>`;
}

/** The whole page as an HTML document. */
export function renderPrivacyPage(catalog: Catalog, language: Language): SafeHtml {
  const input: SectionInput = { catalog, language, text: privacyPageText[language] };
  const list = sections(input);
  return layout({
    language,
    title: input.text.title,
    agencyName: catalog.controller.name[language],
    organisationNumber: catalog.controller.organisationNumber,
    page: 'privacy',
    main: html`<h1>${input.text.title}</h1>
      ${intro(input)}
      ${contents(list, input.text.contents)}
      ${list.map((section) => html`<section aria-labelledby="${section.id}">
        <h2 id="${section.id}">${section.heading}</h2>
        ${section.body}
      </section>`)}
      ${lastUpdated(input)}`,
  });
}
