// Restricting a person's data (Art. 18, R20) in Insyn's own register, which every read through the
// access layer consults: a whole dataset of the person, or one record. Lifting needs the notice
// the person was sent first (R20: told before the restriction is lifted).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordHash, type RestrictionPort } from '../../access/restricted-read.ts';
import type { RecordKeyer } from '../../audit/record-key.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { RestrictionReason } from '../../domain/restriction.ts';
import { activeRestrictions, insertRestriction, liftRestriction } from '../../stores/restriction-store.ts';

export function restrictionRegister(db: Kysely<Database>, keyed: RecordKeyer): RestrictionPort {
  return { active: (subjectKey, dataset) => activeRestrictions(db, subjectKey, dataset), keyed };
}

export interface RestrictInput {
  /** The person's keyed hash (audit/subject-key.ts). */
  readonly subjectKey: string;
  /** `system.dataset` */
  readonly dataset: string;
  /** One record by its primaryKey values; absent: every record of the person in the dataset. */
  readonly key?: Readonly<Record<string, string>>;
  readonly reason: RestrictionReason;
  readonly requestId?: string;
  readonly actor: string;
  readonly at: Date;
}

export interface RestrictDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  /** The keyed hash that names records (audit/record-key.ts). */
  readonly keyed: RecordKeyer;
}

export async function restrictData(deps: RestrictDependencies, input: RestrictInput): Promise<string> {
  const dataset = deps.catalog.systems.flatMap((system) => system.datasets).find((candidate) => candidate.qualifiedId === input.dataset);
  if (!dataset) throw new InsynError('UNKNOWN_DATASET', `dataset ${input.dataset}`);
  if (input.key && Object.keys(input.key).sort().join('\u0000') !== [...dataset.primaryKey].sort().join('\u0000')) {
    throw new InsynError('VALIDATION_FAILED', `key: a record of ${dataset.qualifiedId} is named by ${dataset.primaryKey.join(', ')}`);
  }
  const id = randomUUID();
  await insertRestriction(deps.db, {
    id, subjectKey: input.subjectKey, dataset: dataset.qualifiedId,
    recordHash: input.key ? recordHash(deps.keyed, dataset.qualifiedId, dataset.primaryKey, input.key) : null,
    reason: input.reason, requestId: input.requestId ?? null, at: input.at, by: input.actor,
  });
  return id;
}

/** Lifts a restriction; the person must have been told first (`notice`: the letter that told them). */
export async function liftRestrictionAfterNotice(
  db: Kysely<Database>, input: { readonly id: string; readonly notice: string; readonly actor: string; readonly at: Date },
): Promise<void> {
  if (input.notice.trim() === '') throw new InsynError('VALIDATION_FAILED', 'notice: the person is told before a restriction is lifted');
  if (!await liftRestriction(db, input.id, { at: input.at, by: input.actor, notice: input.notice })) {
    throw new InsynError('NOT_FOUND', 'no such active restriction');
  }
}
