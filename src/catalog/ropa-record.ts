// The record of processing activities (Art. 30(1) GDPR) built from the catalog, in one
// language. A processing activity is one dataset processed for one purpose: each row then
// has exactly one legal basis, which is what an objection (Art. 21) or a review turns on.
import type { Catalog, Dataset, LegalBasis, Purpose, Retention, System } from './catalog-types.ts';
import { datasetEntries } from './catalog-walk.ts';
import { datasetGraph, type DatasetGraph } from './dataset-graph.ts';
import { contactWords, erasureWords, legalBasisWords, retentionWords, type Language } from './ropa-words.ts';

export interface RopaDataCategory {
  readonly id: string;
  readonly name: string;
  /** Art. 9 or 10 data. */
  readonly special: boolean;
}

export interface RopaActivity {
  /** `system.dataset/purpose` */
  readonly id: string;
  readonly purpose: { readonly id: string; readonly name: string; readonly description: string };
  readonly legalBasis: LegalBasis & { readonly text: string };
  readonly system: { readonly id: string; readonly name: string };
  readonly dataset: { readonly id: string; readonly name: string };
  readonly subjectCategories: readonly string[];
  readonly dataCategories: readonly RopaDataCategory[];
  readonly recipients: readonly { readonly name: string; readonly legalBasis: string }[];
  /** Time limit for erasure; `text` in words: period, starting event, disposal and its rule. */
  readonly retention: Retention & { readonly text: string };
  readonly erasure: string;
  readonly source: string;
}

export interface RopaRecord {
  readonly language: Language;
  readonly lastUpdated: string;
  readonly controller: { readonly name: string; readonly organisationNumber: string; readonly contact: string };
  readonly dpo: string;
  readonly supervisoryAuthority: string;
  readonly thirdCountryTransfers: string;
  readonly securityMeasures: readonly string[];
  readonly automatedDecisions: readonly { readonly name: string; readonly logic: string; readonly ruleSetVersion: string }[];
  readonly activities: readonly RopaActivity[];
}

/** Subjects named by the dataset's identity fields, or by those of the nearest datasets it is linked to. */
function subjectCategories(catalog: Catalog, graph: DatasetGraph, dataset: Dataset, lang: Language): string[] {
  const ids = new Set(graph.nearestIdentityDatasets(dataset.qualifiedId)
    .flatMap((nearest) => nearest.identityFields.map((field) => field.subjectCategory)));
  return catalog.subjectCategories.filter((category) => ids.has(category.id)).map((category) => category.name[lang]);
}

function dataCategories(catalog: Catalog, dataset: Dataset, lang: Language): RopaDataCategory[] {
  const ids = new Set(dataset.fields.map((field) => field.category));
  return catalog.dataCategories.filter((category) => ids.has(category.id))
    .map((category) => ({ id: category.id, name: category.name[lang], special: category.special }));
}

function recipients(catalog: Catalog, dataset: Dataset, lang: Language): RopaActivity['recipients'] {
  return catalog.recipients.filter((recipient) => dataset.recipients.includes(recipient.id))
    .map((recipient) => ({ name: recipient.name[lang], legalBasis: recipient.legalBasis }));
}

interface ActivityInput {
  readonly catalog: Catalog;
  readonly graph: DatasetGraph;
  readonly system: System;
  readonly dataset: Dataset;
  readonly purpose: Purpose;
  readonly lang: Language;
}

function activity({ catalog, graph, system, dataset, purpose, lang }: ActivityInput): RopaActivity {
  return {
    id: `${dataset.qualifiedId}/${purpose.id}`,
    purpose: { id: purpose.id, name: purpose.name[lang], description: purpose.description[lang] },
    legalBasis: { ...purpose.legalBasis, text: legalBasisWords(purpose.legalBasis, lang) },
    system: { id: system.id, name: system.name[lang] },
    dataset: { id: dataset.qualifiedId, name: dataset.name[lang] },
    subjectCategories: subjectCategories(catalog, graph, dataset, lang),
    dataCategories: dataCategories(catalog, dataset, lang),
    recipients: recipients(catalog, dataset, lang),
    retention: { ...dataset.retention, text: retentionWords(dataset.retention, lang) },
    erasure: erasureWords(dataset.erasure, lang),
    source: dataset.source[lang],
  };
}

/** One activity per dataset holding personal data and purpose it lists, in purpose then catalog order. */
function activities(catalog: Catalog, lang: Language): RopaActivity[] {
  const graph = datasetGraph(catalog);
  const entries = datasetEntries(catalog).filter(({ dataset }) => dataset.personalData);
  return catalog.purposes.flatMap((purpose) => entries
    .filter(({ dataset }) => dataset.purposes.includes(purpose.id))
    .map(({ system, dataset }) => activity({ catalog, graph, system, dataset, purpose, lang })));
}

export function ropaRecord(catalog: Catalog, lang: Language): RopaRecord {
  const { controller } = catalog;
  return {
    language: lang,
    lastUpdated: controller.lastUpdated,
    controller: {
      name: controller.name[lang],
      organisationNumber: controller.organisationNumber,
      contact: contactWords(controller.contact, lang),
    },
    dpo: contactWords(controller.dpo, lang),
    supervisoryAuthority: contactWords(controller.supervisoryAuthority, lang),
    thirdCountryTransfers: catalog.thirdCountryTransfers[lang],
    securityMeasures: catalog.securityMeasures.map((measure) => measure[lang]),
    automatedDecisions: catalog.automatedDecisions.map((decision) => ({
      name: decision.name[lang], logic: decision.logic[lang], ruleSetVersion: decision.ruleSetVersion,
    })),
    activities: activities(catalog, lang),
  };
}
