// A record's supplementary statements (Art. 16 completion) as the register extract shows them: the
// person's words, the day they were added (in Sweden) and the fields they complete, by label.
import type { Dataset } from '../../catalog/catalog-types.ts';
import type { ExtractLanguage, ExtractStatement } from '../../documents/extract-model.ts';
import { swedishDay } from '../../domain/response-deadline.ts';
import type { SupplementaryStatement } from '../changes/supplementary-statements.ts';

export function extractStatements(dataset: Dataset, statements: readonly SupplementaryStatement[], language: ExtractLanguage): ExtractStatement[] {
  const label = (name: string) => dataset.fields.find((field) => field.name === name)?.description[language] ?? name;
  return statements.map((statement) => ({
    text: statement.text,
    addedOn: swedishDay(statement.createdAt),
    fields: statement.fields.map((field) => ({ field, label: label(field) })),
  }));
}
