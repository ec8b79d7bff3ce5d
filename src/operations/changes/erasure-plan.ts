// What an erasure request would do (issue 6, R19): every record held on the person, found as a
// register extract finds them (the catalog's identity fields, then the references), each with the
// catalog's decision — erase, or keep with its ground in words the decision letter can use. A dry
// run is this plan; the real run (executeErasure) erases exactly its `erase` items, through the
// access layer's erasure door, so the two agree item for item.
import type { AccessLayer } from '../../access/access-layer.ts';
import { planCollection } from '../../access/collection-plan.ts';
import type { Catalog, Dataset, ErasureGround } from '../../catalog/catalog-types.ts';
import type { DeleteOutcome } from '../../connectors/connector.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';

/** Why a record is kept: the catalog's ground, someone else's record, or reached only through another record. */
export type KeepReason = ErasureGround | 'third-party' | 'linked-record';

export type ErasureDecision =
  | { readonly decision: 'erase' }
  | { readonly decision: 'keep'; readonly reason: KeepReason; readonly reference?: string };

export type ErasurePlanItem = { readonly dataset: string; readonly key: Readonly<Record<string, string>> } & ErasureDecision;

export interface ErasurePlanInput {
  readonly subject: IdentityNumber;
  readonly actor: string;
  readonly stepId?: string;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trimEnd());

function keyOf(dataset: Dataset, row: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(dataset.primaryKey.map((name) => [name, text(row[name])]));
}

function decide(dataset: Dataset, ownRecord: boolean, reachedByIdentity: boolean): ErasureDecision {
  if (!ownRecord) return { decision: 'keep', reason: 'third-party' };
  if (dataset.erasure.rule === 'retained') return { decision: 'keep', reason: dataset.erasure.ground, reference: dataset.erasure.reference };
  // An erasable record found only through another record (no identity of the person in it) is
  // erased by hand with the record it belongs to: the door erases only records naming the person.
  if (!reachedByIdentity) return { decision: 'keep', reason: 'linked-record' };
  return { decision: 'erase' };
}

/** Every record held on the person with its decision, in catalog order; each read is logged. */
export async function planErasure(catalog: Catalog, access: AccessLayer, input: ErasurePlanInput): Promise<ErasurePlanItem[]> {
  const plan = planCollection(catalog, RIGHTS_PURPOSE);
  const steps = plan.stages.flat();
  // Which fields of each dataset later steps follow (a case's id → its payments).
  const followed = new Map<string, Set<string>>();
  for (const step of steps) for (const via of step.via) (followed.get(via.from) ?? followed.set(via.from, new Set()).get(via.from)!).add(via.key);
  const found = new Map<string, readonly Readonly<Record<string, unknown>>[]>();
  const items: ErasurePlanItem[] = [];
  for (const stage of plan.stages) {
    for (const step of stage) {
      const { dataset } = step;
      const via = step.via.map((link) => ({ field: link.field, values: [...new Set((found.get(link.from) ?? []).map((row) => text(row[link.key])).filter((value) => value !== ''))] }));
      if (step.identityFields.length === 0 && via.every((condition) => condition.values.length === 0)) continue;
      const { rows, matchedBy } = await access.readSubject({
        actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId,
        fields: [...new Set([...dataset.primaryKey, ...(followed.get(dataset.qualifiedId) ?? [])])],
        identityFields: step.identityFields.map((field) => field.field), via: via.filter((condition) => condition.values.length > 0),
        ...(input.stepId ? { stepId: input.stepId } : {}),
      });
      found.set(dataset.qualifiedId, rows);
      const main = new Set(dataset.identityFields.filter((field) => field.subjectCategory !== 'third-party').map((field) => field.field));
      const identities = new Set(dataset.identityFields.map((field) => field.field));
      rows.forEach((row, index) => {
        const matched = matchedBy[index] ?? [];
        const byIdentity = matched.some((field) => main.has(field));
        const byReference = matched.some((field) => !identities.has(field));
        items.push({ dataset: dataset.qualifiedId, key: keyOf(dataset, row), ...decide(dataset, byIdentity || byReference, byIdentity) });
      });
    }
  }
  return items;
}

export interface ErasureReceiptItem {
  readonly dataset: string;
  readonly key: Readonly<Record<string, string>>;
  readonly outcome: DeleteOutcome;
}

/** Erases the plan's `erase` items, one by one through the erasure door (a re-run finds them gone). */
export async function executeErasure(access: AccessLayer, plan: readonly ErasurePlanItem[], input: ErasurePlanInput): Promise<ErasureReceiptItem[]> {
  const receipt: ErasureReceiptItem[] = [];
  for (const item of plan) {
    if (item.decision !== 'erase') continue;
    const { outcome } = await access.eraseRecord({
      actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: item.dataset, key: item.key,
      ...(input.stepId ? { stepId: input.stepId } : {}),
    });
    receipt.push({ dataset: item.dataset, key: item.key, outcome });
  }
  return receipt;
}
