// What the change workflows (issue 6) work with: Insyn's own database, the catalog, the sealers
// and keyed hashes, the access layer (opened on first use), a clock, and how long an erasure
// waits after its decision. Shared by the proposals (change-items.ts), the decision and the run.
import type { Kysely } from 'kysely';
import type { AccessLayer } from '../../access/access-layer.ts';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { RecordKeyer } from '../../audit/record-key.ts';
import type { SubjectKeyer } from '../../audit/subject-key.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog, Dataset } from '../../catalog/catalog-types.ts';
import { datasetsById } from '../../catalog/catalog-walk.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';

/** A supplementary statement (Art. 16 completion) stored beside the record it completes. */
export interface SupplementInput {
  /** The change item's id: storing it twice stores it once. */
  readonly id: string;
  readonly subject: IdentityNumber;
  readonly dataset: string;
  readonly key: Readonly<Record<string, string>>;
  readonly fields: readonly string[];
  readonly statement: string;
  readonly requestId: string;
  readonly actor: string;
}

export interface ChangeworkDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly contentSealer: ContentSealer;
  readonly sealer: SubjectSealer;
  readonly subjectKey: SubjectKeyer;
  /** The keyed hash that names records in Insyn's registers (audit/record-key.ts). */
  readonly keyed: RecordKeyer;
  readonly access: () => Promise<AccessLayer>;
  readonly clock: () => Date;
  /** How long after the decision an erasure waits before it runs (a decision can still be reconsidered). */
  readonly erasureWaitMs: number;
  /** How long a run waiting for its decision to reach the person waits before it looks again (default ten minutes). */
  readonly noticeRecheckMs?: number;
  /** Stores a completion's supplementary statement; absent: completion items cannot be carried out. */
  readonly supplement?: (input: SupplementInput) => Promise<void>;
}

/** Who carries out a decided change in the processing log. */
export const CHANGES_ACTOR = 'insyn-changes';
/** The outcome of an item a case handler settled as not carried out. */
export const NOT_DONE = 'not-done';

export function datasetOf(catalog: Catalog, id: string): Dataset {
  const dataset = datasetsById(catalog).get(id);
  if (!dataset) throw new InsynError('UNKNOWN_DATASET', `dataset ${id}`);
  return dataset;
}

/** The name of the system holding a dataset, in the language asked for (its id when the catalog names none). */
export function systemName(catalog: Catalog, dataset: Pick<Dataset, 'system'>, language: 'sv' | 'en'): string {
  return catalog.systems.find((system) => system.id === dataset.system)?.name[language] ?? dataset.system;
}

/** A record named to the console without its key in clear: sealed to the request, so it cannot be forged or moved. */
export interface RecordRef {
  readonly dataset: string;
  readonly key: Readonly<Record<string, string>>;
}

export function recordToken(sealer: ContentSealer, requestId: string, ref: RecordRef): string {
  return sealer.sealJson(ref, `${requestId}/record`);
}

export function openRecordToken(sealer: ContentSealer, requestId: string, token: string): RecordRef {
  try {
    const ref = sealer.openJson<RecordRef>(token, `${requestId}/record`);
    if (typeof ref?.dataset !== 'string' || typeof ref.key !== 'object' || ref.key === null) throw new TypeError('shape');
    return ref;
  } catch {
    throw new InsynError('VALIDATION_FAILED', 'record: not a record of this request');
  }
}
