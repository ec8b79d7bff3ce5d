// Facts the extract states beside the data, read from released items through the catalog's
// field meanings: the disclosures the agency's systems recorded (Art. 15(1)(c)), the automated
// decisions made about the person (15(1)(h)) and the person's name.
import type { AutomatedDecision, Catalog, Dataset, FieldMeaning } from '../../catalog/catalog-types.ts';
import type { ExtractAutomatedDecision, ExtractDisclosure, ExtractLanguage } from '../../documents/extract-model.ts';
import { keyRedacted, type ReleasedItem, type ReleasedPart } from './apply-review.ts';

function fieldMeaning(dataset: Dataset, meaning: FieldMeaning): string | undefined {
  return dataset.fields.find((field) => field.meaning === meaning)?.name;
}

function valueOf(dataset: Dataset, item: ReleasedItem, meaning: FieldMeaning): string | null {
  const field = fieldMeaning(dataset, meaning);
  return field ? item.values[field] ?? null : null;
}

const TRUE = new Set(['true', 't', '1', 'yes', 'ja']);

export function recordedDisclosures(parts: readonly ReleasedPart[], datasets: ReadonlyMap<string, Dataset>): ExtractDisclosure[] {
  return parts.flatMap((part) => {
    const dataset = datasets.get(part.dataset);
    if (!dataset || !fieldMeaning(dataset, 'disclosure-recipient')) return [];
    return part.items.flatMap((item) => {
      const recipient = valueOf(dataset, item, 'disclosure-recipient');
      if (!recipient) return [];
      const categories = valueOf(dataset, item, 'disclosure-categories');
      return [{
        date: (valueOf(dataset, item, 'disclosure-date') ?? '').slice(0, 10),
        recipient,
        legalGround: valueOf(dataset, item, 'disclosure-legal-basis') ?? '',
        categories: categories ? categories.split(/[,;]\s*/).filter(Boolean) : [],
        channel: valueOf(dataset, item, 'disclosure-channel') ?? '',
        recordedBy: 'system' as const,
        inquiry: TRUE.has((valueOf(dataset, item, 'disclosure-inquiry') ?? '').toLowerCase()),
      }];
    });
  }).sort((a, b) => a.date.localeCompare(b.date) || a.recipient.localeCompare(b.recipient));
}

export function automatedDecisions(
  catalog: Catalog, parts: readonly ReleasedPart[], datasets: ReadonlyMap<string, Dataset>, language: ExtractLanguage,
): ExtractAutomatedDecision[] {
  const records = new Map<string, string[]>();
  for (const part of parts) {
    const dataset = datasets.get(part.dataset);
    if (!dataset) continue;
    for (const item of part.items) {
      const rule = valueOf(dataset, item, 'automated-decision');
      // A record whose key was redacted is not named by its key anywhere.
      if (rule) records.set(rule, [...(records.get(rule) ?? []), ...(keyRedacted(item, dataset) ? [] : [item.key])]);
    }
  }
  // The system stores the rule set's id or its version.
  const recordsOf = (decision: AutomatedDecision) => [...(records.get(decision.id) ?? []), ...(records.get(decision.ruleSetVersion) ?? [])];
  return catalog.automatedDecisions.filter((decision) => recordsOf(decision).length > 0)
    .map((decision: AutomatedDecision) => ({
      id: decision.id, name: decision.name[language], logic: decision.logic[language],
      significance: decision.significance[language], ruleSetVersion: decision.ruleSetVersion,
      records: recordsOf(decision),
    }));
}

/** The person's name from the record that identifies them directly (not as someone else's relation). */
export function subjectName(parts: readonly ReleasedPart[], datasets: ReadonlyMap<string, Dataset>): string | undefined {
  for (const part of parts) {
    const dataset = datasets.get(part.dataset);
    if (!dataset || !fieldMeaning(dataset, 'given-name')) continue;
    const own = part.items.find((item) => item.matchedBy.some((field) => dataset.identityFields.some((identity) => identity.field === field)));
    if (!own) continue;
    const name = [valueOf(dataset, own, 'given-name'), valueOf(dataset, own, 'family-name')].filter(Boolean).join(' ');
    if (name) return name;
  }
  return undefined;
}
