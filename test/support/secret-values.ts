// What a secrecy review releases and leaves out, worked out from the items as collected before
// the review and the decisions (not from the extract, which is what is being checked): released
// are the values of items without a decision and the other fields of redacted items; left out
// are every value of a withheld item and the redacted fields' values. A left-out value that is
// short, or that the extract shows anyway (in a released field, in the fixed texts, or as the
// person's own number in the heading), cannot tell a leak and is not looked for.
import type { ExtractPart } from '../../src/stores/extract-part-store.ts';
import type { PlannedDecision } from './secrecy-review-plan.ts';
import { containsValue, type SearchableText } from './searchable-text.ts';

export interface SecretValue {
  /** `withheld dataset.field` or `redacted dataset.field`: where it came from, never the value. */
  readonly origin: string;
  readonly value: string;
}

export interface ReleasedValue {
  readonly origin: string;
  readonly value: string;
}

export const MIN_SECRET_LENGTH = 4;

/** Every value the extract must show in a record, with the dataset and field it sits in. */
export function releasedValues(parts: readonly ExtractPart[], plan: readonly PlannedDecision[]): ReleasedValue[] {
  const decisions = new Map(plan.map((planned) => [`${planned.dataset}\u0000${planned.itemKey}`, planned.decision]));
  return parts.flatMap((part) => part.items.flatMap((item) => {
    const decision = decisions.get(`${part.dataset}\u0000${item.key}`);
    if (decision?.decision === 'withhold') return [];
    const left = decision?.decision === 'redact' ? decision.fields : [];
    return Object.entries(item.values).flatMap(([field, value]) => (value === null || left.includes(field) ? [] : [{ origin: `${part.dataset}.${field}`, value }]));
  }));
}

function candidates(planned: PlannedDecision): SecretValue[] {
  const { decision, item, dataset } = planned;
  const fields = decision.decision === 'withhold' ? Object.keys(item.values) : decision.fields;
  return fields.flatMap((field) => {
    const value = item.values[field];
    return value === null || value === undefined ? [] : [{ origin: `${decision.decision === 'withhold' ? 'withheld' : 'redacted'} ${dataset}.${field}`, value }];
  });
}

export function secretValues(
  plan: readonly PlannedDecision[], releasedEntries: readonly ReleasedValue[], boilerplate: SearchableText, ownForms: readonly string[],
): SecretValue[] {
  const released = releasedEntries.map((entry) => entry.value);
  return plan.flatMap(candidates).filter(({ value }) => value.trim().length >= MIN_SECRET_LENGTH
    && !released.some((shown) => shown.includes(value))
    && !ownForms.includes(value)
    && !containsValue(boilerplate, value));
}
