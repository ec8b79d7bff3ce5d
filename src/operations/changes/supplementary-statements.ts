// Completion (Art. 16 GDPR, second sentence): the person's supplementary statement, linked to one
// of their records — the dataset, the record named by a keyed hash of its key exactly as the source
// holds it (never the key, which may be a personnummer), optionally the fields it completes — and
// shown wherever those data are shown. The text is sealed, bound to the row. Whoever creates a
// statement (the console's workflow) has checked that the record is the person's; reading attaches
// each statement to its record by hashing the collected record's key the same way.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordHash } from '../../access/restricted-read.ts';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { RecordKeyer } from '../../audit/record-key.ts';
import type { SubjectKeyer } from '../../audit/subject-key.ts';
import type { Catalog, Dataset } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { datasetOf } from './change-work.ts';
import { datasetsById } from '../../catalog/catalog-walk.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { normalizeStatement } from '../../domain/supplementary-statement.ts';
import type { ExtractPart } from '../../stores/extract-part-store.ts';
import { insertSupplementaryStatement, statementsOfSubject } from '../../stores/supplementary-statement-store.ts';

export interface StatementDependencies {
  readonly catalog: Catalog;
  /** Seals the statement's text, bound to the row (the content sealer). */
  readonly sealer: ContentSealer;
  /** The keyed hash that names records (audit/record-key.ts), as the restriction register uses. */
  readonly recordKeyer: RecordKeyer;
  readonly subjectKey: SubjectKeyer;
  readonly clock: () => Date;
}

export interface AddStatementInput {
  readonly subject: IdentityNumber;
  /** `system.dataset` */
  readonly dataset: string;
  /** The record by its primaryKey values exactly as the source holds them, as text. */
  readonly key: Readonly<Record<string, string>>;
  /** The fields the statement completes; empty: the record as a whole. */
  readonly fields: readonly string[];
  /** The person's words, 1–4,000 characters once trimmed. */
  readonly statement: string;
  readonly requestId?: string;
  readonly actor: string;
  /** The statement's id when the caller names it (a change item's): storing it again stores nothing. */
  readonly id?: string;
}

/** A statement opened for showing. */
export interface SupplementaryStatement {
  readonly id: string;
  readonly text: string;
  /** Empty: the record as a whole. */
  readonly fields: readonly string[];
  readonly createdAt: Date;
}

/** Dataset (`system.dataset`) → collected item key → the statements on that record, oldest first. */
export type StatementsByRecord = ReadonlyMap<string, ReadonlyMap<string, readonly SupplementaryStatement[]>>;

const sealedFor = (id: string) => `supplementary-statement/${id}`;

function checkKey(dataset: Dataset, key: Readonly<Record<string, string>>): void {
  const names = Object.keys(key).sort();
  const expected = [...dataset.primaryKey].sort();
  if (names.join('\u0000') !== expected.join('\u0000') || names.some((name) => typeof key[name] !== 'string' || key[name] === '')) {
    throw new InsynError('VALIDATION_FAILED', `key: a record of ${dataset.qualifiedId} is named by ${dataset.primaryKey.join(', ')}`);
  }
}

/** The fields in the catalog's order, each once; UNKNOWN_FIELD for one the dataset does not have. */
function checkFields(dataset: Dataset, fields: readonly string[]): string[] {
  const unknown = fields.find((field) => !dataset.fields.some((candidate) => candidate.name === field));
  if (unknown !== undefined) throw new InsynError('UNKNOWN_FIELD', `fields: ${dataset.qualifiedId} has no field ${unknown}`);
  return dataset.fields.map((field) => field.name).filter((name) => fields.includes(name));
}

/** Stores the statement (in the caller's transaction when given one); returns its id. */
export async function addSupplementaryStatement(db: Kysely<Database>, deps: StatementDependencies, input: AddStatementInput): Promise<string> {
  const dataset = datasetOf(deps.catalog, input.dataset);
  checkKey(dataset, input.key);
  const fields = checkFields(dataset, input.fields);
  const text = normalizeStatement(input.statement);
  if (input.actor.trim() === '') throw new InsynError('VALIDATION_FAILED', 'actor: who adds the statement');
  const id = input.id ?? randomUUID();
  await insertSupplementaryStatement(db, {
    id, subjectKey: deps.subjectKey(input.subject.normalized), dataset: dataset.qualifiedId,
    recordHash: recordHash(deps.recordKeyer, dataset.qualifiedId, dataset.primaryKey, input.key), fields,
    statementSealed: deps.sealer.sealJson({ text }, sealedFor(id)), requestId: input.requestId ?? null,
    createdAt: deps.clock(), createdBy: input.actor,
  });
  return id;
}

/** Record hash → item keys of the collected records with that key (a key several rows share names them all). */
function itemsByHash(keyer: RecordKeyer, dataset: Dataset, part: ExtractPart): Map<string, Set<string>> {
  const byHash = new Map<string, Set<string>>();
  for (const item of part.items) {
    if (dataset.primaryKey.some((name) => item.values[name] === null || item.values[name] === undefined)) continue;
    const hash = recordHash(keyer, dataset.qualifiedId, dataset.primaryKey, item.values);
    byHash.set(hash, (byHash.get(hash) ?? new Set()).add(item.key));
  }
  return byHash;
}

/**
 * The person's statements (not withdrawn), opened and attached to the collected records they
 * concern: each record's hash is computed from its primaryKey values as collected (as text). A
 * statement whose record is not among the parts (erased, or not collected) is not returned.
 */
export async function supplementaryStatementsFor(
  db: Kysely<Database>, deps: Pick<StatementDependencies, 'catalog' | 'sealer' | 'recordKeyer'>,
  subjectKey: string, parts: readonly ExtractPart[],
): Promise<StatementsByRecord> {
  const rows = await statementsOfSubject(db, subjectKey);
  const result = new Map<string, Map<string, SupplementaryStatement[]>>();
  if (rows.length === 0) return result;
  const datasets = datasetsById(deps.catalog);
  for (const part of parts) {
    const dataset = datasets.get(part.dataset);
    const mine = rows.filter((row) => row.dataset === part.dataset);
    if (!dataset || mine.length === 0) continue;
    const byHash = itemsByHash(deps.recordKeyer, dataset, part);
    const byItem = new Map<string, SupplementaryStatement[]>();
    for (const row of mine) {
      const items = byHash.get(row.recordHash);
      if (!items) continue;
      const { text } = deps.sealer.openJson<{ text: string }>(row.statementSealed, sealedFor(row.id));
      const statement = { id: row.id, text, fields: row.fields, createdAt: row.createdAt };
      for (const key of items) byItem.set(key, [...(byItem.get(key) ?? []), statement]);
    }
    if (byItem.size > 0) result.set(part.dataset, byItem);
  }
  return result;
}
