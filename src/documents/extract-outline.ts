// The register extract (Art. 15 GDPR) as a document outline, in the order Swedish agencies
// use: title, introduction, confirmation, an overview, the person's data system by system,
// disclosures, the processing-log summary, automated decisions, third-country transfers,
// what was left out and why, rights, contacts. Every value comes from the model; the
// renderers (PDF, HTML) only lay the outline out.
import { contactLines } from './contact-lines.ts';
import { datasetOutline, categoryWords, labelledList } from './dataset-outline.ts';
import type { Block, DocumentOutline } from './document-outline.ts';
import type { ExtractModel, ExtractSystem } from './extract-model.ts';
import { extractTexts, type ExtractTexts } from './extract-texts.ts';
import { longDate } from './long-date.ts';
import { secrecyOutline } from './secrecy-outline.ts';

function heading(level: 1 | 2 | 3, text: string): Block {
  return { kind: 'heading', level, text };
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

/** A samordningsnummer has 60 added to the day of birth (days 61–91). */
function identityLabel(identityNumber: string, texts: ExtractTexts): string {
  const day = Number(identityNumber.slice(6, 8));
  return day > 60 ? texts.intro.samordningsnummer : texts.intro.personnummer;
}

function introBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const { intro } = texts;
  const { subject } = model;
  const blocks = [
    heading(1, texts.title),
    paragraph(intro.lead(model.controller.name)),
    paragraph(`${intro.reference}: ${model.reference}`),
    paragraph(`${intro.date}: ${longDate(model.generatedAt, model.language)}`),
    paragraph(`${identityLabel(subject.identityNumber, texts)}: ${subject.identityNumber}`),
  ];
  if (subject.name) blocks.push(paragraph(`${intro.name}: ${subject.name}`));
  blocks.push(paragraph(model.holdsData
    ? texts.confirmation.holdsData
    : texts.confirmation.holdsNothing(model.controller.name)));
  return blocks;
}

function overviewBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  if (!model.holdsData) return [];
  const { overview } = texts;
  const { purposes, categories, recipients } = model.processing;
  return [
    heading(2, overview.heading),
    paragraph(overview.lead),
    ...labelledList(overview.purposes, purposes.map((purpose) => texts.data.purpose(purpose.name, purpose.legalBasis)), texts),
    ...labelledList(overview.categories, categories.map((category) => categoryWords(category, texts)), texts),
    ...labelledList(overview.recipients, recipients.map((recipient) => `${recipient.name} (${recipient.legalBasis})`), texts),
    paragraph(overview.copy(texts.empty)),
  ];
}

function systemBlocks(system: ExtractSystem, model: ExtractModel, texts: ExtractTexts): Block[] {
  const blocks = [heading(2, texts.data.heading(system.name))];
  if (system.description) blocks.push(paragraph(system.description));
  for (const dataset of system.datasets) {
    for (const block of datasetOutline(dataset, texts, model.language)) blocks.push(block);
  }
  return blocks;
}

function disclosureBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const words = texts.disclosures;
  if (model.disclosures.length === 0) return [heading(2, words.heading), paragraph(words.none)];
  const rows = model.disclosures.map((disclosure) => [
    disclosure.date,
    disclosure.inquiry ? `${disclosure.recipient} ${words.inquiry}` : disclosure.recipient,
    disclosure.legalGround || texts.empty,
    disclosure.categories.join(', ') || texts.empty,
    disclosure.channel || texts.empty,
  ]);
  const blocks: Block[] = [
    heading(2, words.heading),
    paragraph(words.lead),
    { kind: 'table', caption: words.caption, columns: words.columns, rows },
  ];
  if (model.disclosures.some((disclosure) => disclosure.inquiry)) blocks.push(paragraph(words.inquiryNote));
  return blocks;
}

function accessLogBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const words = texts.accessLog;
  if (model.accessLog.length === 0) return [heading(2, words.heading), paragraph(words.none)];
  const rows = model.accessLog.map((entry) => [entry.date, entry.purpose, texts.count(entry.count)]);
  return [
    heading(2, words.heading),
    paragraph(words.lead),
    paragraph(words.noNames),
    { kind: 'table', caption: words.caption, columns: words.columns, rows },
  ];
}

function automatedBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const words = texts.automated;
  const decisions = model.processing.automatedDecisions;
  if (decisions.length === 0) return [heading(2, words.heading), paragraph(words.none)];
  const tables: Block[] = decisions.map((decision) => ({
    kind: 'table',
    caption: decision.name,
    columns: [texts.data.field, texts.data.value],
    rows: [
      [words.rows.logic, decision.logic || texts.empty],
      [words.rows.significance, decision.significance || texts.empty],
      [words.rows.ruleSetVersion, decision.ruleSetVersion || texts.empty],
      [words.rows.records, decision.records.join(', ') || texts.empty],
    ],
    rowHeaders: true,
  }));
  return [heading(2, words.heading), paragraph(words.lead), ...tables, paragraph(words.review)];
}

function transferBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const words = texts.transfers;
  return [heading(2, words.heading), paragraph(words.lead), paragraph(model.processing.thirdCountryTransfers || texts.empty)];
}

function rightsBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const { rectification, erasure, restriction, objection, complaint } = model.rights;
  return [heading(2, texts.rights.heading), paragraph(texts.rights.lead),
    ...[rectification, erasure, restriction, objection, complaint].map(paragraph)];
}

function contactBlocks(model: ExtractModel, texts: ExtractTexts): Block[] {
  const words = texts.contact;
  const { controller } = model;
  return [
    heading(2, words.heading),
    paragraph(words.controller(controller.name, controller.organisationNumber)),
    contactLines(controller.contact, words.labels),
    paragraph(words.dpo),
    contactLines(controller.dpo, words.labels),
    paragraph(words.supervisoryAuthority),
    contactLines(controller.supervisoryAuthority, words.labels),
  ];
}

/** The whole extract as an outline; the person's data only as the model holds them. */
export function extractOutline(model: ExtractModel): DocumentOutline {
  const texts = extractTexts[model.language];
  const blocks: Block[] = [...introBlocks(model, texts), ...overviewBlocks(model, texts)];
  for (const system of model.systems) {
    for (const block of systemBlocks(system, model, texts)) blocks.push(block);
  }
  blocks.push(
    ...disclosureBlocks(model, texts),
    ...accessLogBlocks(model, texts),
    ...automatedBlocks(model, texts),
    ...transferBlocks(model, texts),
    ...secrecyOutline(model, texts),
    ...rightsBlocks(model, texts),
    ...contactBlocks(model, texts),
  );
  return {
    language: model.language,
    title: texts.title,
    author: model.controller.name,
    createdAt: model.generatedAt,
    blocks,
  };
}
