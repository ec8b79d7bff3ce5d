// The privacy page's sections on what the agency holds, drawn from the catalog: the systems
// and their datasets with categories, source and retention in words; the recipients; and
// automated decisions (Art. 13(1)(e), 13(2)(a), 13(2)(f), 14(2)(f)).
import type { Catalog, Dataset, System } from '../../catalog/catalog-types.ts';
import type { Language } from '../request-language.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { PrivacyPageText } from './privacy-page-text.ts';
import { retentionText } from './retention-text.ts';

export interface SectionInput {
  readonly catalog: Catalog;
  readonly language: Language;
  readonly text: PrivacyPageText;
}

/** One h2 section of the page; the page adds the heading and lists it in its contents. */
export interface PageSection {
  readonly id: string;
  readonly heading: string;
  readonly body: SafeHtml;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

function categoryNames(dataset: Dataset, input: SectionInput): string {
  const ids = [...new Set(dataset.fields.map((field) => field.category))];
  const names = ids.map((id) => {
    const category = input.catalog.dataCategories.find((candidate) => candidate.id === id);
    if (!category) return id;
    const name = category.name[input.language];
    return category.special ? `${name} (${input.text.data.special})` : name;
  });
  return capitalise(names.join(', '));
}

function datasetEntry(dataset: Dataset, input: SectionInput): SafeHtml {
  const words = input.text.data;
  return html`<dt>${dataset.name[input.language]}</dt>
          <dd>
            <p><span class="label">${words.categories}:</span> ${sentence(categoryNames(dataset, input))}</p>
            <p><span class="label">${words.source}:</span> ${sentence(dataset.source[input.language])}</p>
            <p><span class="label">${words.retention}:</span> ${retentionText(dataset.retention, input.language)}</p>
          </dd>`;
}

function systemSection(system: System, input: SectionInput): SafeHtml {
  const datasets = system.datasets.filter((dataset) => dataset.personalData);
  if (datasets.length === 0) return html``;
  return html`<h3>${system.name[input.language]}</h3>
        <p>${system.description[input.language]}</p>
        <dl class="datasets">
          ${datasets.map((dataset) => datasetEntry(dataset, input))}
        </dl>`;
}

export function dataHeldSection(input: SectionInput): PageSection {
  const words = input.text.data;
  return {
    id: 'uppgifter',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        ${input.catalog.systems.map((system) => systemSection(system, input))}`,
  };
}

export function recipientsSection(input: SectionInput): PageSection {
  const words = input.text.recipients;
  return {
    id: 'mottagare',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        <ul>
          ${input.catalog.recipients.map((recipient) => html`<li>${capitalise(recipient.name[input.language])}
            <span class="basis">(${recipient.legalBasis})</span></li>`)}
        </ul>
        <p>${input.catalog.thirdCountryTransfers[input.language]}</p>`,
  };
}

export function automatedDecisionsSection(input: SectionInput): PageSection | undefined {
  const decisions = input.catalog.automatedDecisions;
  if (decisions.length === 0) return undefined;
  const words = input.text.automated;
  return {
    id: 'automatiserade-beslut',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        ${decisions.map((decision) => html`<h3>${decision.name[input.language]}</h3>
        <p>${decision.logic[input.language]}</p>
        <p>${decision.significance[input.language]}</p>`)}
        <p>${words.review}</p>`,
  };
}
