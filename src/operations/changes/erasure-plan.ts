// What an erasure request would do (issue 6, R19): every record held on the person, found as a
// register extract finds them (the catalog's identity fields, then the references), each with the
// catalog's decision — erase, or keep with its ground in words the decision letter can use. A dry
// run is this plan; the real run (executeErasure) erases exactly its `erase` items, through the
// access layer's erasure door, so the two agree item for item.
import type { AccessLayer } from '../../access/access-layer.ts';
import { planCollection } from '../../access/collection-plan.ts';
import type { EraseOutcome } from '../../access/erase-record.ts';
import type { Catalog, Dataset, ErasureGround } from '../../catalog/catalog-types.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';

/**
 * Why a record is kept: the catalog's ground; someone else's record; reached only through another
 * record; restricted (the person asked to keep it restricted instead); or a key that does not name
 * one record (empty, or shared by several rows in the source).
 */
export type KeepReason = ErasureGround | 'third-party' | 'linked-record' | 'restricted' | 'ambiguous-key';

export type ErasureDecision =
  | { readonly decision: 'erase' }
  | { readonly decision: 'keep'; readonly reason: KeepReason; readonly reference?: string };

export type ErasurePlanItem = { readonly dataset: string; readonly key: Readonly<Record<string, string>> } & ErasureDecision;

export interface ErasurePlanInput {
  readonly subject: IdentityNumber;
  readonly actor: string;
  readonly stepId?: string;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The key exactly as the source holds it; null parts stay empty (and make the key ambiguous). */
function keyOf(dataset: Dataset, row: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries(dataset.primaryKey.map((name) => [name, text(row[name])]));
}

interface Found {
  readonly own: boolean;
  readonly byIdentity: boolean;
  readonly restricted: boolean;
  readonly ambiguous: boolean;
}

function decide(dataset: Dataset, found: Found): ErasureDecision {
  if (!found.own) return { decision: 'keep', reason: 'third-party' };
  if (dataset.erasure.rule === 'retained') return { decision: 'keep', reason: dataset.erasure.ground, reference: dataset.erasure.reference };
  // An erasable record found only through another record (no identity of the person in it) is
  // erased by hand with the record it belongs to: the door erases only records naming the person.
  if (!found.byIdentity) return { decision: 'keep', reason: 'linked-record' };
  // A key that names no single row first: such a record is never erased, restricted or not.
  if (found.ambiguous) return { decision: 'keep', reason: 'ambiguous-key' };
  if (found.restricted) return { decision: 'keep', reason: 'restricted' };
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
      const { rows, matchedBy, restricted } = await access.readSubject({
        actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId,
        fields: [...new Set([...dataset.primaryKey, ...(followed.get(dataset.qualifiedId) ?? [])])],
        identityFields: step.identityFields.map((field) => field.field), via: via.filter((condition) => condition.values.length > 0),
        ...(input.stepId ? { stepId: input.stepId } : {}),
      });
      found.set(dataset.qualifiedId, rows);
      // The first identity field names whom a record is about; a record reached by a reference belongs to the person's record.
      const owner = dataset.identityFields[0]?.field;
      const identities = new Set(dataset.identityFields.map((field) => field.field));
      const keys = rows.map((row) => JSON.stringify(keyOf(dataset, row)));
      rows.forEach((row, index) => {
        const matched = matchedBy[index] ?? [];
        const byIdentity = owner !== undefined && matched.includes(owner);
        const byReference = matched.some((field) => !identities.has(field));
        const ambiguous = dataset.primaryKey.some((name) => row[name] === null || row[name] === undefined)
          || keys.indexOf(keys[index]!) !== keys.lastIndexOf(keys[index]!);
        items.push({
          dataset: dataset.qualifiedId, key: keyOf(dataset, row),
          ...decide(dataset, { own: byIdentity || byReference, byIdentity, restricted: restricted[index] === true, ambiguous }),
        });
      });
    }
  }
  return items;
}

export interface ErasureReceiptItem {
  readonly dataset: string;
  readonly key: Readonly<Record<string, string>>;
  /** `failed` with its code when the door refused or the system failed (the others still ran). */
  readonly outcome: EraseOutcome | 'failed';
  readonly code?: string;
}

/** Erases the plan's `erase` items, one by one through the erasure door (a re-run finds them gone); one failure does not stop the rest. */
export async function executeErasure(access: AccessLayer, plan: readonly ErasurePlanItem[], input: ErasurePlanInput): Promise<ErasureReceiptItem[]> {
  const receipt: ErasureReceiptItem[] = [];
  for (const item of plan) {
    if (item.decision !== 'erase') continue;
    try {
      const { outcome } = await access.eraseRecord({
        actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: item.dataset, key: item.key,
        ...(input.stepId ? { stepId: input.stepId } : {}),
      });
      receipt.push({ dataset: item.dataset, key: item.key, outcome });
    } catch (error) {
      receipt.push({ dataset: item.dataset, key: item.key, outcome: 'failed', code: isInsynError(error) ? error.code : 'INTERNAL' });
    }
  }
  return receipt;
}
