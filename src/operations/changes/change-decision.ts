// The decision on a request with change items (issue 6, R06, R19): one decision item per change
// item, in the letter's language — what was asked for, granted, or kept with its reasons in words
// a person understands and the legal ground — and, for the whole, when the changes are carried
// out and that a receipt follows. The items are the dry run the case handler saw, so the decision
// and the real run agree item for item.
import type { Dataset } from '../../catalog/catalog-types.ts';
import type { Decision, DecisionItem } from '../../domain/decision.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { changeItemWords, KEPT_GROUNDS, type KeptBecause } from '../../documents/letters/change-item-texts.ts';
import type { ChangeItemRecord } from '../../stores/change-item-store.ts';
import { describeItems, undecided, type HandlerReasons } from './change-items.ts';
import type { ChangeworkDependencies } from './change-work.ts';

type Language = 'sv' | 'en';

function recordWords(dataset: Dataset, label: Readonly<Record<string, string>> | undefined, language: Language, index: number): string {
  if (!label) return changeItemWords[language].wholeDataset;
  const parts = Object.entries(label).filter(([, value]) => value !== '')
    .map(([name, value]) => `${dataset.fields.find((field) => field.name === name)?.description[language] ?? name} ${value}`);
  return parts.length > 0 ? parts.join(', ') : `${language === 'sv' ? 'post' : 'record'} ${index}`;
}

function fieldWords(dataset: Dataset, fields: readonly string[], language: Language): string[] {
  return fields.map((name) => dataset.fields.find((field) => field.name === name)?.description[language] ?? name);
}

/** What the item is, in the letter's language (the decision's and the receipt's item heading). */
export function itemDescription(
  described: ReturnType<typeof describeItems>[number], language: Language, index: number,
): string {
  const { item, dataset, label } = described;
  const action = item.kind === 'erase' && dataset.erasure.rule === 'erasable' && dataset.erasure.method === 'anonymise' ? 'anonymise' : item.kind;
  return changeItemWords[language].describe(action, dataset.name[language], recordWords(dataset, label, language, index), fieldWords(dataset, item.fields, language));
}

/** A case handler's reasons and ground for keeping an item (sealed to it). */
export function handlerReasons(deps: Pick<ChangeworkDependencies, 'contentSealer'>, item: ChangeItemRecord): HandlerReasons | undefined {
  return item.decision === 'keep' && item.reasonsSealed ? deps.contentSealer.openJson<HandlerReasons>(item.reasonsSealed, `${item.id}/reasons`) : undefined;
}

function keptItem(deps: Pick<ChangeworkDependencies, 'contentSealer'>, item: ChangeItemRecord, dataset: Dataset, language: Language) {
  const own = handlerReasons(deps, item);
  if (own) return { reasons: own.reasons, legalGrounds: [own.ground] };
  const because = item.reason as KeptBecause;
  const reference = dataset.erasure.rule === 'retained' ? dataset.erasure.reference : undefined;
  return { reasons: changeItemWords[language].kept(because, reference), legalGrounds: [...KEPT_GROUNDS[because]] };
}

/** How long the run waits after the decision: an erasure waits the configured time, other changes none. */
export function executionWaitMs(items: readonly ChangeItemRecord[], erasureWaitMs: number): number {
  return items.some((item) => item.kind === 'erase' && item.decision === 'apply') ? erasureWaitMs : 0;
}

/**
 * The decision for the request's items, the case handler's own reasons first; `waitMs` is how long
 * after the decision the run starts. Throws DECISION_INCOMPLETE when there are no items.
 */
export function changeDecision(
  deps: Pick<ChangeworkDependencies, 'catalog' | 'contentSealer'>, items: readonly ChangeItemRecord[],
  input: { readonly language: Language; readonly waitMs: number; readonly reasons?: string },
): Decision {
  if (items.length === 0) throw new InsynError('DECISION_INCOMPLETE', 'items-missing (items): no changes are proposed');
  const open = items.filter(undecided).length;
  if (open > 0) throw new InsynError('UNDECIDED_ITEMS', `${open} item(s)`);
  const words = changeItemWords[input.language];
  const counters = new Map<string, number>();
  const decisionItems = describeItems(deps, items).map((described): DecisionItem => {
    const index = (counters.get(described.dataset.qualifiedId) ?? 0) + 1;
    counters.set(described.dataset.qualifiedId, index);
    const description = itemDescription(described, input.language, index);
    if (described.item.decision === 'apply') {
      return { description, outcome: 'granted', legalGrounds: [], ...(described.item.kind === 'object' ? { reasons: words.objectionUpheld } : {}) };
    }
    return { description, outcome: 'refused', ...keptItem(deps, described.item, described.dataset, input.language) };
  });
  const lifted = items.some((item) => item.restrictionIds.length > 0 && (item.kind === 'rectify' || (item.kind === 'object' && item.decision === 'keep')));
  const changes = items.some((item) => item.decision === 'apply');
  const schedule = [changes ? words.schedule(Math.ceil(input.waitMs / 3_600_000)) : words.nothingChanged, ...(lifted ? [words.liftNotice] : [])].join(' ');
  const own = input.reasons?.trim();
  return { items: decisionItems, reasons: own ? `${own}\n\n${schedule}` : schedule };
}
