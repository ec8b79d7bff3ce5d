// Restricting a person's data (Art. 18, R20) in Insyn's own register, which every read through the
// access layer consults. What is restricted is resolved against the person's own records, read by
// their identity (a logged read): one record, named by its key exactly as the source holds it, or
// every record of the person in a dataset (each record named too, so that it stays restricted when
// someone it names is read, and the dataset as a whole for records to come). Lifting needs the
// notice the person was sent first (R20: told before the restriction is lifted). Where the catalog
// names the field a source system marks restricted records with, the records are marked there too
// (first, so that a run resumed finds the mark and writes the register), and lifting clears the
// mark (first, while the register still restricts) unless another restriction still covers it.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AccessLayer } from '../../access/access-layer.ts';
import { recordHash, type RestrictionPort } from '../../access/restricted-read.ts';
import type { RecordKeyer } from '../../audit/record-key.ts';
import type { Catalog, Dataset } from '../../catalog/catalog-types.ts';
import { datasetsById } from '../../catalog/catalog-walk.ts';
import { datasetOf } from './change-work.ts';
import type { Row } from '../../connectors/connector.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import type { RestrictionReason } from '../../domain/restriction.ts';
import {
  activeRestrictions, insertRestriction, liftRestriction, remainingRestrictions, restrictedRecords, wholeDatasetRestricted, type ActiveRestriction,
} from '../../stores/restriction-store.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';

export function restrictionRegister(db: Kysely<Database>, keyed: RecordKeyer): RestrictionPort {
  return {
    wholeDataset: (subjectKey, dataset) => wholeDatasetRestricted(db, subjectKey, dataset),
    restrictedAmong: (dataset, hashes) => restrictedRecords(db, dataset, hashes),
    keyed,
  };
}

export interface RestrictInput {
  readonly subject: IdentityNumber;
  /** `system.dataset` */
  readonly dataset: string;
  /** One record by its primaryKey values as the source holds them; absent: every record of the person in the dataset. */
  readonly key?: Readonly<Record<string, string>>;
  readonly reason: RestrictionReason;
  readonly requestId?: string;
  readonly actor: string;
  readonly at: Date;
}

export interface RestrictDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly access: AccessLayer;
  readonly subjectKey: (normalized: string) => string;
  /** The keyed hash that names records (audit/record-key.ts). */
  readonly keyed: RecordKeyer;
}

/**
 * Restricts; returns the ids of the register rows written (the dataset's and each record's).
 * `within` runs in the transaction that writes them (with their ids), so that what the restriction
 * is for (a change item) commits with it or neither does.
 */
export async function restrictData(
  deps: RestrictDependencies, input: RestrictInput, within?: (trx: Kysely<Database>, ids: readonly string[]) => Promise<void>,
): Promise<string[]> {
  const dataset = datasetOf(deps.catalog, input.dataset);
  const owner = dataset.identityFields[0]?.field;
  if (!owner) throw new InsynError('VALIDATION_FAILED', `dataset: ${dataset.qualifiedId} names no person to restrict data of`);
  // The person's own records (the first identity field names whom a record is about), as the source holds their keys.
  const read = await deps.access.readSubject({
    actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId,
    fields: [...dataset.primaryKey, ...(dataset.restriction ? [dataset.restriction.field] : [])],
    ...(input.requestId ? { stepId: input.requestId } : {}),
  });
  const own = read.rows.filter((_, index) => read.matchedBy[index]?.includes(owner));
  const chosen = input.key
    ? own.filter((row) => dataset.primaryKey.every((name) => row[name] !== null && row[name] !== undefined && String(row[name]) === input.key![name]))
    : own;
  if (input.key && (Object.keys(input.key).sort().join('\u0000') !== [...dataset.primaryKey].sort().join('\u0000') || chosen.length !== 1)) {
    throw new InsynError('VALIDATION_FAILED', `key: no record of the person in ${dataset.qualifiedId} has this key`);
  }
  if (dataset.restriction && chosen.length > 0) {
    await deps.access.markRestriction({
      actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId,
      keys: chosen.map((row) => keyOf(dataset, row)), restricted: true, ...(input.requestId ? { stepId: input.requestId } : {}),
    });
  }
  const subjectKey = deps.subjectKey(input.subject.normalized);
  const base = { subjectKey, dataset: dataset.qualifiedId, reason: input.reason, requestId: input.requestId ?? null, at: input.at, by: input.actor };
  const ids: string[] = [];
  const found = dataset;
  try {
    await deps.db.transaction().execute(async (trx) => {
      if (!input.key) {
        const id = randomUUID();
        await insertRestriction(trx, { ...base, id, recordHash: null });
        ids.push(id);
      }
      for (const row of chosen) {
        const id = randomUUID();
        await insertRestriction(trx, { ...base, id, recordHash: recordHash(deps.keyed, found.qualifiedId, found.primaryKey, row) });
        ids.push(id);
      }
      if (within) await within(trx, ids);
    });
  } catch (error) {
    // Nothing was registered (or what it was for failed): take back the marks this call set (never one the
    // source had set itself), where no other restriction holds them.
    const marking = dataset.restriction;
    const setHere = marking ? chosen.filter((row) => String(row[marking.field] ?? '') !== marking.value) : [];
    if (setHere.length > 0) await unmarkUnheld(deps, dataset, setHere, input).catch(() => undefined);
    throw error;
  }
  return ids;
}

/** Clears the source's marks on the records where no active restriction of the register holds them. */
async function unmarkUnheld(deps: RestrictDependencies, dataset: Dataset, rows: readonly Row[], input: RestrictInput): Promise<void> {
  const subjectKey = deps.subjectKey(input.subject.normalized);
  if (await wholeDatasetRestricted(deps.db, subjectKey, dataset.qualifiedId)) return;
  const hashes = rows.map((row) => recordHash(deps.keyed, dataset.qualifiedId, dataset.primaryKey, row));
  const held = await restrictedRecords(deps.db, dataset.qualifiedId, hashes);
  const free = rows.filter((_, index) => !held.has(hashes[index]!));
  if (free.length === 0) return;
  await deps.access.markRestriction({
    actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId,
    keys: free.map((row) => keyOf(dataset, row)), restricted: false, ...(input.requestId ? { stepId: input.requestId } : {}),
  });
}

function keyOf(dataset: Dataset, row: Row): Record<string, string> {
  return Object.fromEntries(dataset.primaryKey.map((name) => [name, String(row[name])]));
}

export type LiftDependencies = Pick<RestrictDependencies, 'db' | 'catalog' | 'access' | 'keyed'>;

export interface LiftInput {
  readonly ids: readonly string[];
  /** The letter that told the person the restriction would be lifted. */
  readonly notice: string;
  /** The person whose restrictions are lifted (their records' marks in the source are cleared). */
  readonly subject: IdentityNumber;
  readonly actor: string;
  readonly at: Date;
}

/** The person's records in one dataset that the lifted restrictions covered and no other active one still does: their marks are cleared. */
async function clearMarks(deps: LiftDependencies, dataset: Dataset, lifted: readonly ActiveRestriction[], input: LiftInput): Promise<void> {
  const owner = dataset.identityFields[0]?.field;
  const read = await deps.access.readSubject({
    actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId, fields: [...dataset.primaryKey],
  });
  const own = read.rows.filter((_, index) => owner !== undefined && read.matchedBy[index]?.includes(owner));
  const hashes = own.map((row) => recordHash(deps.keyed, dataset.qualifiedId, dataset.primaryKey, row));
  const whole = lifted.some((restriction) => restriction.recordHash === null);
  const remaining = await remainingRestrictions(deps.db, { subjectKey: lifted[0]!.subjectKey, dataset: dataset.qualifiedId, hashes, except: input.ids });
  const clear = remaining.whole ? [] : own.filter((_, index) => (whole || lifted.some((restriction) => restriction.recordHash === hashes[index]))
    && !remaining.records.has(hashes[index]!));
  if (clear.length === 0) return;
  await deps.access.markRestriction({
    actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject: input.subject, dataset: dataset.qualifiedId, keys: clear.map((row) => keyOf(dataset, row)), restricted: false,
  });
}

/**
 * Lifts restrictions (e.g. all rows restrictData wrote); the person must have been told first (`notice`: the letter that told them).
 * Where a dataset has a restriction field, the marks in the source are cleared first (a lift run again finds them cleared).
 */
export async function liftRestrictionAfterNotice(deps: LiftDependencies, input: LiftInput): Promise<void> {
  if (input.notice.trim() === '') throw new InsynError('VALIDATION_FAILED', 'notice: the person is told before a restriction is lifted');
  const active = await activeRestrictions(deps.db, input.ids);
  for (const id of new Set(active.map((restriction) => restriction.dataset))) {
    const dataset = datasetsById(deps.catalog).get(id);
    if (dataset?.restriction) await clearMarks(deps, dataset, active.filter((restriction) => restriction.dataset === id), input);
  }
  const { db } = deps;
  await db.transaction().execute(async (trx) => {
    for (const id of input.ids) {
      if (!await liftRestriction(trx, id, { at: input.at, by: input.actor, notice: input.notice })) throw new InsynError('NOT_FOUND', 'no such active restriction');
    }
  });
}
