// Builds the register extract's model from what was collected and reviewed: every released item
// per system and dataset with the catalog's plain-language labels and the person's supplementary
// statements on it, and the Art. 15(1)(a)–(h) and 15(2) information for the datasets that hold
// something on the person.
import { datasetsById } from '../../catalog/catalog-walk.ts';
import type { Catalog, Contact, Dataset, LocalizedText } from '../../catalog/catalog-types.ts';
import { legalBasisWords, retentionWords } from '../../catalog/ropa-words.ts';
import { extractRights } from '../../documents/extract-rights.ts';
import type {
  ExtractCategory, ExtractContact, ExtractDataset, ExtractItem, ExtractLanguage, ExtractModel, ExtractPurpose, ExtractRecipient,
  ExtractSystem,
} from '../../documents/extract-model.ts';
import { secrecyGround } from '../../documents/secrecy-words.ts';
import { formatIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import type { SubjectLogDay } from '../../audit/subject-log-summary.ts';
import type { StatementsByRecord, SupplementaryStatement } from '../changes/supplementary-statements.ts';
import { keyRedacted, type ReleasedItem, type ReleasedPart, type ReviewedExtract } from './apply-review.ts';
import { automatedDecisions, recordedDisclosures, subjectName } from './extract-facts.ts';
import { extractStatements } from './extract-statements.ts';

export interface ExtractModelInput {
  readonly catalog: Catalog;
  readonly reference: string;
  readonly subject: IdentityNumber;
  readonly reviewed: ReviewedExtract;
  readonly accessLog: readonly SubjectLogDay[];
  /** The person's supplementary statements by dataset and collected item key (supplementaryStatementsFor). */
  readonly statements: StatementsByRecord;
  readonly language: ExtractLanguage;
  readonly generatedAt: Date;
}

type Words = ExtractLanguage;

function contact(value: Contact, language: Words): ExtractContact {
  const { name, ...rest } = value;
  return { name: name[language], ...rest };
}

function purposeOf(catalog: Catalog, id: string, language: Words): ExtractPurpose {
  const purpose = catalog.purposes.find((candidate) => candidate.id === id)!;
  return { id, name: purpose.name[language], description: purpose.description[language], legalBasis: legalBasisWords(purpose.legalBasis, language) };
}

function categoriesOf(catalog: Catalog, dataset: Dataset, language: Words): ExtractCategory[] {
  const ids = [...new Set(dataset.fields.map((field) => field.category))];
  return catalog.dataCategories.filter((category) => ids.includes(category.id))
    .map((category) => ({ id: category.id, name: category.name[language], special: category.special }));
}

function recipientsOf(catalog: Catalog, ids: readonly string[], language: Words): ExtractRecipient[] {
  return catalog.recipients.filter((recipient) => ids.includes(recipient.id))
    .map((recipient) => ({ id: recipient.id, name: recipient.name[language], legalBasis: recipient.legalBasis }));
}

function itemOf(
  catalog: Catalog, dataset: Dataset, item: ReleasedItem, index: number, language: Words, statements: readonly SupplementaryStatement[] = [],
): ExtractItem {
  const label = (field: string) => dataset.fields.find((candidate) => candidate.name === field)?.description[language] ?? field;
  const roleName = (id: string) => catalog.subjectCategories.find((category) => category.id === id)?.name[language] ?? id;
  const values = Object.fromEntries(dataset.fields.filter((field) => field.name in item.values)
    .map((field) => [field.name, item.values[field.name] ?? null]));
  return {
    key: keyRedacted(item, dataset) ? String(index + 1) : item.key,
    roles: item.roles.map(roleName),
    values,
    redacted: item.redacted.map((redaction) => ({
      field: redaction.field, label: label(redaction.field), kind: redaction.kind, ground: secrecyGround(redaction.kind, language),
    })),
    ...(statements.length > 0 ? { statements: extractStatements(dataset, statements, language) } : {}),
  };
}

function datasetOf(catalog: Catalog, dataset: Dataset, part: ReleasedPart, language: Words, statements: StatementsByRecord): ExtractDataset {
  const onRecord = statements.get(dataset.qualifiedId);
  return {
    id: dataset.qualifiedId,
    name: dataset.name[language],
    purposes: dataset.purposes.map((id) => purposeOf(catalog, id, language)),
    categories: categoriesOf(catalog, dataset, language),
    source: dataset.source[language],
    retention: retentionWords(dataset.retention, language),
    recipients: recipientsOf(catalog, dataset.recipients, language),
    columns: dataset.fields.map((field) => ({ field: field.name, label: field.description[language] })),
    items: part.items.map((item, index) => itemOf(catalog, dataset, item, index, language, onRecord?.get(item.key))),
  };
}

function systemsOf(catalog: Catalog, parts: ReadonlyMap<string, ReleasedPart>, language: Words, statements: StatementsByRecord): ExtractSystem[] {
  return catalog.systems.map((system) => ({
    id: system.id,
    name: system.name[language],
    description: system.description[language],
    datasets: system.datasets.flatMap((dataset) => {
      const part = parts.get(dataset.qualifiedId);
      return part && part.items.length > 0 ? [datasetOf(catalog, dataset, part, language, statements)] : [];
    }),
  })).filter((system) => system.datasets.length > 0);
}

function unique<T extends { readonly id: string }>(values: readonly T[]): T[] {
  return [...new Map(values.map((value) => [value.id, value])).values()];
}

function localized(text: LocalizedText, language: Words): string {
  return text[language];
}

export function buildExtractModel(input: ExtractModelInput): ExtractModel {
  const { catalog, language, reviewed } = input;
  const datasets = datasetsById(catalog);
  const systems = systemsOf(catalog, new Map(reviewed.parts.map((part) => [part.dataset, part])), language, input.statements);
  const held = systems.flatMap((system) => system.datasets);
  const datasetName = (id: string) => datasets.get(id)?.name[language] ?? id;
  const purposeName = (id: string) => catalog.purposes.find((purpose) => purpose.id === id)?.name[language] ?? id;
  const name = subjectName(reviewed.parts, datasets);
  return {
    schemaVersion: 1,
    language,
    generatedAt: input.generatedAt.toISOString(),
    reference: input.reference,
    controller: {
      name: localized(catalog.controller.name, language),
      organisationNumber: catalog.controller.organisationNumber,
      contact: contact(catalog.controller.contact, language),
      dpo: contact(catalog.controller.dpo, language),
      supervisoryAuthority: contact(catalog.controller.supervisoryAuthority, language),
    },
    subject: { identityNumber: formatIdentityNumber(input.subject, 'pnr12-dash'), ...(name ? { name } : {}) },
    holdsData: reviewed.parts.some((part) => part.items.length > 0) || reviewed.withheld.length > 0,
    systems,
    processing: {
      purposes: unique(held.flatMap((dataset) => dataset.purposes)),
      categories: unique(held.flatMap((dataset) => dataset.categories)),
      recipients: unique(held.flatMap((dataset) => dataset.recipients)),
      thirdCountryTransfers: localized(catalog.thirdCountryTransfers, language),
      automatedDecisions: automatedDecisions(catalog, reviewed.parts, datasets, language),
    },
    disclosures: recordedDisclosures(reviewed.parts, datasets),
    accessLog: input.accessLog.map((day) => ({ date: day.date, purpose: purposeName(day.purpose), count: day.count })),
    rights: extractRights(language, localized(catalog.controller.name, language)),
    secrecy: {
      // Ids and field names, as the model and the JSON Schema say; the outline looks up the labels.
      withheld: reviewed.withheld.map((entry) => ({
        dataset: entry.dataset, datasetName: datasetName(entry.dataset), kind: entry.kind,
        ground: secrecyGround(entry.kind, language), count: entry.count,
      })),
      redacted: reviewed.redacted.map((entry) => ({
        dataset: entry.dataset, field: entry.field ?? '', kind: entry.kind, ground: secrecyGround(entry.kind, language), count: entry.count,
      })),
    },
  };
}
