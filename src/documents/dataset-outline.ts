// One dataset of the register extract as outline blocks: its heading, what the catalog says
// about it (purposes by name — their legal bases are in the overview, once —, kinds of data,
// source, retention, recipients) and the
// copy of the person's records. Up to six columns the records share one table, a row each;
// wider records get a field → value table each, so no page has to hold a dozen columns. What the
// person added to complete a record (a supplementary statement, Art. 16) is shown with it: a last
// column of the shared table, or rows of the record's own table.
import type { Block } from './document-outline.ts';
import type { ExtractCategory, ExtractColumn, ExtractDataset, ExtractItem, ExtractLanguage, ExtractStatement } from './extract-model.ts';
import type { ExtractTexts } from './extract-texts.ts';
import { longDate } from './long-date.ts';
import { redactionLabel } from './secrecy-words.ts';

/** The most columns a dataset may have and still be shown as one table. */
export const MAX_TABLE_COLUMNS = 6;

interface CellContext {
  readonly texts: ExtractTexts;
  readonly language: ExtractLanguage;
}

/** "Hälsouppgifter (känsliga personuppgifter)" for a special category, else its name. */
export function categoryWords(category: ExtractCategory, texts: ExtractTexts): string {
  return category.special ? `${category.name} (${texts.data.special})` : category.name;
}

/** A lead paragraph and a list; the lead and the empty mark when there is nothing to list. */
export function labelledList(lead: string, items: readonly string[], texts: ExtractTexts): Block[] {
  if (items.length === 0) return [{ kind: 'paragraph', text: `${lead} ${texts.empty}` }];
  return [{ kind: 'paragraph', text: lead }, { kind: 'list', items }];
}

function aboutBlocks(dataset: ExtractDataset, texts: ExtractTexts): Block[] {
  const words = texts.data;
  const recipients = dataset.recipients.map((recipient) => recipient.name);
  const purposes = dataset.purposes.map((purpose) => purpose.name);
  return [
    { kind: 'paragraph', text: `${words.purposes} ${purposes.join(', ') || texts.empty}` },
    { kind: 'paragraph', text: `${words.categories}: ${dataset.categories.map((category) => categoryWords(category, texts)).join(', ') || texts.empty}` },
    { kind: 'paragraph', text: `${words.source}: ${dataset.source || texts.empty}` },
    { kind: 'paragraph', text: `${words.retention}: ${dataset.retention || texts.empty}` },
    { kind: 'paragraph', text: recipients.length > 0 ? `${words.recipients}: ${recipients.join('; ')}` : words.noRecipients },
  ];
}

/** The item's value of one field as shown: the value, the redaction label, or the empty mark. */
function cellFor(item: ExtractItem, column: ExtractColumn, context: CellContext): string {
  if (item.redacted.length > 0) {
    const redaction = item.redacted.find((candidate) => candidate.field === column.field);
    if (redaction) return redactionLabel(redaction.kind, context.language);
  }
  const value = item.values[column.field];
  return value === null || value === undefined || value === '' ? context.texts.empty : value;
}

function rolesOf(item: ExtractItem, context: CellContext): string {
  return item.roles.length > 0 ? item.roles.join(', ') : context.texts.empty;
}

/** "Tillagd 29 november 2026 (gäller Sammanfattning): the person's words". */
function statementText(statement: ExtractStatement, context: CellContext): string {
  const fields = statement.fields.map((field) => field.label).join(', ');
  return `${context.texts.data.statementAdded(longDate(statement.addedOn, context.language), fields)}: ${statement.text}`;
}

/** The record's statements, one per line, or the empty mark. */
function statementsCell(item: ExtractItem, context: CellContext): string {
  const statements = item.statements ?? [];
  return statements.length > 0 ? statements.map((statement) => statementText(statement, context)).join('\n') : context.texts.empty;
}

function oneTable(dataset: ExtractDataset, withRoles: boolean, context: CellContext): Block {
  const { texts } = context;
  const withStatements = dataset.items.some((item) => (item.statements ?? []).length > 0);
  const columns = dataset.columns.map((column) => column.label);
  const rows = dataset.items.map((item) => {
    const cells = dataset.columns.map((column) => cellFor(item, column, context));
    if (withRoles) cells.push(rolesOf(item, context));
    if (withStatements) cells.push(statementsCell(item, context));
    return cells;
  });
  const count = dataset.items.length;
  return {
    kind: 'table',
    caption: texts.data.items(dataset.name, texts.count(count), count === 1),
    columns: [...columns, ...(withRoles ? [texts.data.roles] : []), ...(withStatements ? [texts.data.statement] : [])],
    rows,
  };
}

function recordTable(dataset: ExtractDataset, item: ExtractItem, withRoles: boolean, context: CellContext): Block {
  const { texts } = context;
  const rows = dataset.columns.map((column) => [column.label, cellFor(item, column, context)]);
  const statements = (item.statements ?? []).map((statement) => [texts.data.statement, statementText(statement, context)]);
  return {
    kind: 'table',
    caption: texts.data.record(dataset.name, item.key),
    columns: [texts.data.field, texts.data.value],
    rows: [...(withRoles ? [[texts.data.roles, rolesOf(item, context)]] : []), ...rows, ...statements],
    rowHeaders: true,
  };
}

function itemBlocks(dataset: ExtractDataset, context: CellContext): Block[] {
  if (dataset.items.length === 0) return [];
  const withRoles = dataset.items.some((item) => item.roles.length > 0);
  if (dataset.columns.length <= MAX_TABLE_COLUMNS) return [oneTable(dataset, withRoles, context)];
  return dataset.items.map((item) => recordTable(dataset, item, withRoles, context));
}

/** H3 with the dataset's name, what it is about, then the person's records. */
export function datasetOutline(dataset: ExtractDataset, texts: ExtractTexts, language: ExtractLanguage): Block[] {
  const context = { texts, language };
  return [
    { kind: 'heading', level: 3, text: dataset.name },
    ...aboutBlocks(dataset, texts),
    ...itemBlocks(dataset, context),
  ];
}
