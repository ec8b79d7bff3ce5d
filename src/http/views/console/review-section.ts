// The secrecy review on the request page: the items waiting for review with their proposals and
// approvals, a proposal form per item while the request is in review (release, mask fields or
// withhold, on one of the item's grounds), and the approve button for a granskare.
import type { Language } from '../../request-language.ts';
import type { Catalog, SecrecyClass } from '../../../catalog/catalog-types.ts';
import { secrecyKindName } from '../../../documents/secrecy-words.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { StaffCaseDetail } from '../../../operations/requests/case-views.ts';
import type { ReviewItem } from './case-types.ts';
import { actorLabel } from './actor-label.ts';
import { actionForm, stateOf, type CaseFormContext } from './case-form-context.ts';
import type { CaseFormsText } from './case-forms-text.ts';
import { choiceGroup, firstChoiceId } from './form-controls.ts';
import { valueOf, valuesOf } from './form-values.ts';
import type { RequestPageText } from './request-page-text.ts';

export const REVIEW_DECISIONS = ['release', 'redact', 'withhold'] as const;

/** The ids of item `index`'s controls, for the error summary. */
export function reviewFieldIds(index: number) {
  return {
    decision: firstChoiceId(`review-${index}-decision`),
    kind: firstChoiceId(`review-${index}-kind`),
    fields: firstChoiceId(`review-${index}-fields`),
  } as const;
}

export interface ReviewContext extends CaseFormContext {
  readonly detail: StaffCaseDetail;
  readonly catalog: Catalog;
  readonly pageText: RequestPageText;
  /** The viewer may propose (handläggare, granskare, administratör). */
  readonly canHandle: boolean;
  /** The viewer is a granskare. */
  readonly isReviewer: boolean;
  readonly viewerActor: string;
}

function datasetOf(catalog: Catalog, qualifiedId: string) {
  return catalog.systems.flatMap((system) => system.datasets).find((dataset) => dataset.qualifiedId === qualifiedId);
}

/** "Kontakthistorik – Kontakter": the system and the dataset, as the catalog names them. */
function datasetLabel(catalog: Catalog, qualifiedId: string, language: Language): string {
  for (const system of catalog.systems) {
    const dataset = system.datasets.find((candidate) => candidate.qualifiedId === qualifiedId);
    if (dataset) return `${system.name[language]} – ${dataset.name[language]}`;
  }
  return qualifiedId;
}

const kindNames = (kinds: readonly SecrecyClass[], language: Language) =>
  kinds.filter((kind) => kind !== 'none').map((kind) => secrecyKindName(kind, language)).join('; ');

function proposalText(item: ReviewItem, language: Language, words: CaseFormsText['review']): string {
  const proposal = item.proposal;
  if (!proposal) return words.none;
  if (proposal.decision === 'release') return words.decisions.release;
  const kind = secrecyKindName(proposal.kind, language);
  if (proposal.decision === 'withhold') return `${words.decisions.withhold} (${kind})`;
  return `${words.decisions.redact}: ${proposal.fields.join(', ')} (${kind})`;
}

function whoText(item: ReviewItem, context: ReviewContext): string {
  const words = context.text.review;
  return [
    item.proposedBy ? words.proposedBy(actorLabel(item.proposedBy, context.pageText)) : '',
    item.approvedBy ? words.approvedBy(actorLabel(item.approvedBy, context.pageText)) : '',
  ].filter((part) => part !== '').join('. ');
}

/** The values collected for the item, field by field, as the reviewer judges them (empty once the collected copy is gone). */
function collectedValues(item: ReviewItem, context: ReviewContext): SafeHtml {
  const entries = Object.entries(item.values ?? {});
  if (entries.length === 0) return html`${context.text.review.noValues}`;
  const fields = datasetOf(context.catalog, item.dataset)?.fields ?? [];
  const label = (name: string) => fields.find((field) => field.name === name)?.description[context.language] ?? name;
  return html`<dl class="review-values">${entries.map(([name, value]) => html`<div><dt>${label(name)}</dt><dd class="own-words">${value ?? '–'}</dd></div>`)}</dl>`;
}

function itemsTable(context: ReviewContext): SafeHtml {
  const { language, catalog } = context;
  const words = context.text.review;
  return html`<div class="table-scroll" role="region" aria-labelledby="granskning-tabell" tabindex="0">
    <table class="data-table">
      <caption id="granskning-tabell">${words.caption}</caption>
      <thead><tr><th scope="col">${words.item}</th><th scope="col">${words.dataset}</th><th scope="col">${words.kinds}</th>
        <th scope="col">${words.values}</th><th scope="col">${words.proposal}</th><th scope="col">${words.by}</th></tr></thead>
      <tbody>${context.detail.review.map((item) => html`<tr>
        <th scope="row">${item.itemKey}</th>
        <td>${datasetLabel(catalog, item.dataset, language)}</td>
        <td>${kindNames(item.kinds, language)}</td>
        <td>${collectedValues(item, context)}</td>
        <td>${proposalText(item, language, words)}</td>
        <td>${whoText(item, context)}</td>
      </tr>`)}</tbody>
    </table>
  </div>`;
}

function proposalForm(context: ReviewContext, item: ReviewItem, index: number): SafeHtml {
  const { language, catalog } = context;
  const words = context.text.review;
  const failed = stateOf(context, 'review');
  const own = valueOf(failed.values, 'dataset') === item.dataset && valueOf(failed.values, 'itemKey') === item.itemKey;
  const values = own ? failed.values : undefined;
  const errors = own ? failed.errors : [];
  const kinds = item.kinds.filter((kind) => kind !== 'none');
  const proposal = item.proposal;
  const checkedDecision = values ? valuesOf(values, 'decision') : proposal ? [proposal.decision] : [];
  const checkedKind = values ? valuesOf(values, 'kind') : proposal && proposal.decision !== 'release' ? [proposal.kind] : kinds.length === 1 ? kinds : [];
  const checkedFields = values ? valuesOf(values, 'fields') : proposal?.decision === 'redact' ? proposal.fields : [];
  const fields = datasetOf(catalog, item.dataset)?.fields ?? [];
  return actionForm(context, 'review', html`
      <input type="hidden" name="dataset" value="${item.dataset}">
      <input type="hidden" name="itemKey" value="${item.itemKey}">
      <input type="hidden" name="index" value="${index}">
      <fieldset class="review-item">
        <legend>${words.proposeLegend(item.itemKey)}</legend>
        ${choiceGroup({ idPrefix: `review-${index}-decision`, name: 'decision', legend: words.decision, type: 'radio', errors, checked: checkedDecision,
          choices: REVIEW_DECISIONS.map((decision) => ({ value: decision, label: words.decisions[decision] })) })}
        ${choiceGroup({ idPrefix: `review-${index}-kind`, name: 'kind', legend: words.kind, type: 'radio', errors, checked: checkedKind,
          choices: kinds.map((kind) => ({ value: kind, label: secrecyKindName(kind, language) })) })}
        ${fields.length > 0 ? choiceGroup({ idPrefix: `review-${index}-fields`, name: 'fields', legend: words.fields, hint: words.fieldsHint, type: 'checkbox',
          errors, checked: checkedFields, className: 'choices choices-inline',
          choices: fields.map((field) => ({ value: field.name, label: `${field.name} – ${field.description[language]}` })) }) : ''}
        <button type="submit">${words.submit}</button>
      </fieldset>`, 'case-form review-form');
}

function approveForm(context: ReviewContext): SafeHtml {
  const words = context.text.review;
  const approvable = context.detail.review.some((item) => item.proposal && !item.approvedBy && item.proposedBy !== context.viewerActor);
  if (!context.isReviewer || !approvable) return html``;
  // The latest proposal shown: approving approves what is on this page, nothing proposed after it.
  const seen = Math.max(...context.detail.review.map((item) => item.proposedAt?.getTime() ?? 0));
  return html`<p>${words.approveLead}</p>${actionForm(context, 'review-approve', html`<input type="hidden" name="seen" value="${new Date(seen).toISOString()}"><button type="submit">${words.approve}</button>`)}`;
}

export function reviewSection(context: ReviewContext): SafeHtml {
  const { detail } = context;
  if (detail.review.length === 0) return html``;
  const words = context.text.review;
  const open = detail.summary.status === 'review';
  return html`<section aria-labelledby="sekretessprovning">
      <h3 id="sekretessprovning">${words.heading}</h3>
      <p>${words.lead}</p>
      ${itemsTable(context)}
      ${open && context.canHandle ? detail.review.map((item, index) => proposalForm(context, item, index)) : ''}
      ${open ? approveForm(context) : ''}
    </section>`;
}
