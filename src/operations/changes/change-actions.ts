// The change workflows as the console uses them (issue 6): what the request page shows — the
// items with their decision and state, the run after the decision, the person's records to
// propose changes on — and the actions, each run by the casework service after it has checked the
// viewer's role and opened the case (logged).
import type { Dataset } from '../../catalog/catalog-types.ts';
import type { RestrictionReason } from '../../domain/restriction.ts';
import { changeItemsOf, findChangeExecution, type ChangeExecutionStatus, type ChangeItemKind, type ChangeItemStatus } from '../../stores/change-item-store.ts';
import type { RequestRecord } from '../../stores/request-store.ts';
import { handlerReasons, itemDescription } from './change-decision.ts';
import {
  catalogKept, decideItem, describeItems, keepUndecided, objectable, personRecords, removeItem, proposeCompletion, proposeCorrection, proposeErasure, proposeRestriction, registerObjection,
  type PersonRecord,
} from './change-items.ts';
import { datasetOf, systemName, type ChangeworkDependencies } from './change-work.ts';
import { abandonChangeItem, retryChangeExecution } from './execute-changes.ts';

export interface ChangeItemView {
  readonly id: string;
  readonly kind: ChangeItemKind;
  /** What the item is, in the request's language (as the decision will say it). */
  readonly description: string;
  readonly system: string;
  readonly decision: 'apply' | 'keep';
  /** Why kept: an erasure keep reason, or `ground:<legal ground>` the case handler gave. */
  readonly reason: string | null;
  /** True when the erasure plan (the catalog) keeps it: the case handler cannot apply it. */
  readonly catalogKept: boolean;
  readonly status: ChangeItemStatus;
  readonly outcome: string | null;
  readonly errorCode: string | null;
  /** Restrictions this item set while the request is handled (a disputed record, an objection). */
  readonly restricting: boolean;
  /** The legal ground a case handler kept the item on. */
  readonly keptGround?: string;
  /** Who refused the item or carried it out after all (four eyes: not the approving granskare). */
  readonly decidedBy: string | null;
}

export interface ChangesView {
  readonly items: readonly ChangeItemView[];
  readonly execution: {
    readonly status: ChangeExecutionStatus; readonly executeAfter: Date; readonly errorCode: string | null; readonly notified: readonly string[];
    readonly receiptLetterId: string | null;
  } | null;
  /** The person's records to propose changes on (only while the request is handled, for case handlers). */
  readonly records: readonly (PersonRecord & { readonly datasetName: string; readonly fieldNames: Readonly<Record<string, string>> })[];
  /** Datasets (id → name) the person has records in: what a restriction or an objection can name. */
  readonly datasets: readonly { readonly id: string; readonly name: string }[];
  /** Systems whose records could not be read now (the others are listed). */
  readonly unavailable: readonly string[];
}

function names(dataset: Dataset, language: 'sv' | 'en'): Record<string, string> {
  return Object.fromEntries(dataset.fields.map((field) => [field.name, field.description[language]]));
}

export async function changesView(
  deps: ChangeworkDependencies, request: RequestRecord, input: { readonly actor: string; readonly withRecords: boolean },
): Promise<ChangesView> {
  const language = request.language;
  const items = await changeItemsOf(deps.db, request.id);
  const counters = new Map<string, number>();
  const shown = describeItems(deps, items).map((described): ChangeItemView => {
    const index = (counters.get(described.dataset.qualifiedId) ?? 0) + 1;
    counters.set(described.dataset.qualifiedId, index);
    const { item } = described;
    return {
      id: item.id, kind: item.kind, description: itemDescription(described, language, index),
      system: systemName(deps.catalog, described.dataset, language),
      decision: item.decision, reason: item.reason, catalogKept: catalogKept(item),
      status: item.status, outcome: item.outcome, errorCode: item.errorCode, restricting: item.restrictionIds.length > 0,
      ...(item.decision === 'keep' && item.reasonsSealed ? { keptGround: handlerReasons(deps, item)?.ground ?? '' } : {}),
      decidedBy: item.decidedBy,
    };
  });
  const execution = await findChangeExecution(deps.db, request.id);
  const records = input.withRecords && request.subjectSealed !== null
    ? await personRecords(deps, { requestId: request.id, actor: input.actor, protectedPerson: request.protected }) : [];
  const datasets = new Map<string, string>();
  const shownRecords = records.map((record) => {
    const dataset = datasetOf(deps.catalog, record.dataset);
    if (request.right !== 'objection' || objectable(deps.catalog, dataset)) datasets.set(dataset.qualifiedId, dataset.name[language]);
    return { ...record, datasetName: dataset.name[language], fieldNames: names(dataset, language) };
  });
  return {
    items: shown,
    execution: execution ? {
      status: execution.status, executeAfter: execution.executeAfter, errorCode: execution.errorCode, receiptLetterId: execution.receiptLetterId,
      notified: execution.notified.map((id) => deps.catalog.recipients.find((recipient) => recipient.id === id)?.name[language] ?? id),
    } : null,
    records: shownRecords,
    datasets: [...datasets].map(([id, name]) => ({ id, name })),
    unavailable: ('unavailable' in records ? records.unavailable ?? [] : []).map((id) => systemName(deps.catalog, datasetOf(deps.catalog, id), language)),
  };
}

type Act = <T>(action: string, run: (requestId: string, actor: string) => Promise<T>) => Promise<T>;

/**
 * The actions on one request; `act` authorises and opens the case (logged) before each runs, and
 * only then are the change workflows asked for (`work`: absent where they are not configured).
 */
export function changeActions(work: () => ChangeworkDependencies, act: Act) {
  return {
    correct: (record: string, set: Readonly<Record<string, string>>) =>
      act('change-correct', (requestId, actor) => proposeCorrection(work(), { requestId, actor, record, set })),
    complete: (record: string, statement: string) =>
      act('change-complete', (requestId, actor) => proposeCompletion(work(), { requestId, actor, record, statement })),
    planErasure: () => act('change-erasure-plan', (requestId, actor) => proposeErasure(work(), { requestId, actor })),
    restrict: (target: { readonly dataset?: string; readonly record?: string }, reason: RestrictionReason) =>
      act('change-restrict', (requestId, actor) => proposeRestriction(work(), { requestId, actor, ...target, reason })),
    object: (dataset: string) => act('change-object', (requestId, actor) => registerObjection(work(), { requestId, actor, dataset })),
    decide: (itemId: string, decision: { readonly decision: 'apply' | 'keep'; readonly ground?: string; readonly reasons?: string }) =>
      act('change-decide', (requestId, actor) => decideItem(work().db, work(), { requestId, itemId, actor, ...decision })),
    keepUndecided: (input: { readonly reason: string; readonly ground: string; readonly reasons: string }) =>
      act('change-keep-undecided', (requestId, actor) => keepUndecided(work().db, work(), { requestId, ...input, actor })),
    /** Removes a proposed item that set no restriction (a disputed record stays restricted until the decision is carried out). */
    remove: (itemId: string) => act('change-remove', (requestId) => removeItem(work().db, { requestId, itemId })),
    retry: () => act('changes-retry', (requestId) => retryChangeExecution(work(), { requestId })),
    /** Settles a failed item as not carried out (with reasons), so the run can finish. */
    abandon: (itemId: string, reasons: string) => act('change-abandon', (requestId, actor) => abandonChangeItem(work(), { requestId, itemId, reasons, actor })),
  };
}
