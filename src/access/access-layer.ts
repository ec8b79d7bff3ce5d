// The only door to personal data in the source systems. Every call names an actor and a
// purpose; the purpose is checked against the catalog; the event is appended to the
// processing log BEFORE the source is touched (no event, no access) and the outcome after.
// Reads here; changes of a record in change-record.ts, erasures in erase-record.ts, a source's
// restriction mark in mark-restriction.ts.
import type { Catalog } from '../catalog/catalog-types.ts';
import type { ProcessingEventInput, StoredEvent } from '../audit/processing-event.ts';
import type { ConnectorRegistry } from '../connectors/connect-systems.ts';
import type { Row, WhereCondition } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { IdentityNumber } from '../domain/personnummer.ts';
import { readEvent } from './read-event.ts';
import { resolveRead, storedForms, type ResolvedRead } from './resolve-read.ts';
import {
  createChangeDoor, type ChangeDoorDependencies, type ChangeValuesPort, type DoorRead, type RecordChangeRequest, type RecordChangeResult, type RecordRequest,
} from './change-record.ts';
import { createEraseDoor, type RecordEraseResult } from './erase-record.ts';
import { createRestrictionMarkDoor, type RestrictionMarkRequest, type RestrictionMarkResult } from './mark-restriction.ts';
import { groundFor, recordHash, sourceRestricted, type RestrictionPort } from './restricted-read.ts';
import type { RestrictionGround } from '../domain/restriction.ts';

/** The part of the processing log the access layer needs. */
export interface ProcessingLogPort {
  append(events: readonly ProcessingEventInput[]): Promise<readonly StoredEvent[]>;
}

export interface Actor {
  /** A pseudonymous staff id or a system name, never a personnummer. */
  readonly id: string;
}

export interface SubjectReadRequest {
  readonly actor: Actor;
  readonly purpose: string;
  readonly subject: IdentityNumber;
  /** `system.dataset` */
  readonly dataset: string;
  /** Default: every field the catalog declares. */
  readonly fields?: readonly string[];
  /** Default: every identity field of the dataset; [] reads only through `via`. */
  readonly identityFields?: readonly string[];
  /**
   * Rows linked to records of the subject read before: `field` (a reference the catalog declares)
   * holds one of `values` (keys from the referenced dataset's rows).
   */
  readonly via?: readonly WhereCondition[];
  readonly stepId?: string;
  readonly limit?: number;
  /** The Art. 18(2) ground for reading restricted data; default: the purpose's `whileRestricted`. */
  readonly restrictionGround?: RestrictionGround;
}

export interface SubjectReadResult {
  /** Each row once, even when it matches several conditions. */
  readonly rows: readonly Row[];
  /** For each row, whether it is restricted (Art. 18) and was read on a ground. */
  readonly restricted: readonly boolean[];
  /** For each row, the identity and reference fields it matched. */
  readonly matchedBy: readonly (readonly string[])[];
  readonly eventId: number;
}

export interface AccessLayer {
  readSubject(request: SubjectReadRequest): Promise<SubjectReadResult>;
  /** Corrects one record of the person in its source system (change-record.ts). */
  changeRecord(request: RecordChangeRequest): Promise<RecordChangeResult>;
  /** Erases one record of the person in its source system, if the catalog's rule allows (erase-record.ts). */
  eraseRecord(request: RecordRequest): Promise<RecordEraseResult>;
  /** Marks the person's records restricted in their source system, or clears the mark, where the catalog names the field (mark-restriction.ts). */
  markRestriction(request: RestrictionMarkRequest): Promise<RestrictionMarkResult>;
}

export interface AccessLayerDependencies {
  readonly catalog: Catalog;
  readonly log: ProcessingLogPort;
  readonly connectors: ConnectorRegistry;
  readonly subjectKey: (normalized: string) => string;
  readonly defaultLimit?: number;
  /** Where the values before and after a change are kept, sealed; without it no change is made. */
  readonly changes?: ChangeValuesPort;
  /** The restriction register (Art. 18); without it nothing counts as restricted. */
  readonly restrictions?: RestrictionPort;
}

async function appendOne(log: ProcessingLogPort, event: ProcessingEventInput): Promise<StoredEvent> {
  const [stored] = await log.append([event]);
  if (!stored) throw new InsynError('AUDIT_WRITE_FAILED', 'the log stored no event');
  return stored;
}

/** Keys of one reference condition per query at most; more are read in further queries. */
const MAX_VALUES_PER_QUERY = 500;

function chunked(condition: WhereCondition): WhereCondition[] {
  const chunks: WhereCondition[] = [];
  for (let start = 0; start < condition.values.length; start += MAX_VALUES_PER_QUERY) {
    chunks.push({ field: condition.field, values: condition.values.slice(start, start + MAX_VALUES_PER_QUERY) });
  }
  return chunks;
}

/** The queries of a read: identity conditions and reference conditions in one OR as far as sizes allow. */
function queryConditions(read: ResolvedRead, request: SubjectReadRequest): WhereCondition[][] {
  const identity = read.identity.map((field) => ({ field: field.field, values: storedForms(request.subject, field) }));
  const via = (request.via ?? []).filter((condition) => condition.values.length > 0).flatMap(chunked);
  const [first, ...rest] = via;
  const queries = [[...identity, ...(first ? [first] : [])], ...rest.map((condition) => [condition])];
  return queries.filter((conditions) => conditions.length > 0);
}

interface ValueSet {
  readonly field: string;
  readonly values: ReadonlySet<string>;
}

/** Compared as the source pads or not: a CHAR column's trailing blanks do not hide a match. */
function matchedFields(row: Row, conditions: readonly ValueSet[]): string[] {
  return conditions.filter((condition) => condition.values.has(String(row[condition.field]).trimEnd())).map((condition) => condition.field);
}

/** What a read fetches: the fields asked for plus the keys and matched fields needed to merge rows, and the source's restriction mark. */
function fieldsToRead(read: ResolvedRead, queries: readonly WhereCondition[][]): string[] {
  const mark = read.dataset.restriction ? [read.dataset.restriction.field] : [];
  return [...new Set([...read.fields, ...queries.flat().map((condition) => condition.field), ...read.dataset.primaryKey, ...mark])];
}

interface RowsRead {
  readonly rows: readonly Row[];
  readonly keys: readonly Row[];
  readonly matchedBy: readonly (readonly string[])[];
  /** Per row: whether the source system marks it restricted. */
  readonly marked: readonly boolean[];
}

/** Reads the rows of one dataset matching the subject, each row once (by primary key). */
async function readRows(connectors: ConnectorRegistry, read: ResolvedRead, queries: readonly WhereCondition[][], limit: number): Promise<RowsRead> {
  const connector = connectors.get(read.dataset.system);
  const fields = fieldsToRead(read, queries);
  const requested = new Set(read.fields);
  const byKey = new Map<string, { row: Row; keyValues: Row; matched: Set<string>; marked: boolean }>();
  const conditions = queries.flat().map((condition) => ({ field: condition.field, values: new Set(condition.values) }));
  for (const where of queries) {
    for (const row of await connector.read({ location: read.dataset.location, fields, where, limit })) {
      const key = JSON.stringify(read.dataset.primaryKey.map((name) => row[name]));
      const entry = byKey.get(key) ?? {
        row: Object.fromEntries(Object.entries(row).filter(([name]) => requested.has(name))),
        keyValues: Object.fromEntries(read.dataset.primaryKey.map((name) => [name, row[name]])),
        matched: new Set(),
        marked: sourceRestricted(read.dataset, row),
      };
      const matched = matchedFields(row, conditions);
      // A row that matches nothing asked for means the source ignored the conditions (or compares
      // otherwise): never hand out what may be everyone's records; the system counts as unavailable.
      if (matched.length === 0) throw new InsynError('SOURCE_UNAVAILABLE', `system ${read.dataset.system}: answered rows that match no condition`);
      for (const field of matched) entry.matched.add(field);
      byKey.set(key, entry);
    }
  }
  const entries = [...byKey.values()].slice(0, limit);
  return {
    rows: entries.map((entry) => entry.row), keys: entries.map((entry) => entry.keyValues), matchedBy: entries.map((entry) => [...entry.matched]),
    marked: entries.map((entry) => entry.marked),
  };
}

/** How many keys a read followed (counts only: keys may be personal data). */
function viaDetail(request: SubjectReadRequest): Record<string, number> {
  return request.via?.length ? { viaKeys: request.via.reduce((sum, condition) => sum + condition.values.length, 0) } : {};
}

export function createAccessLayer(deps: AccessLayerDependencies): AccessLayer {
  const defaultLimit = deps.defaultLimit ?? 100_000;
  const append = (event: ProcessingEventInput) => appendOne(deps.log, event);

  /** A refused access is logged as an attempt and a `refused` outcome; the source is never touched. */
  async function refuse(request: SubjectReadRequest, error: InsynError): Promise<never> {
    const base = readEvent(deps, request, undefined, []);
    const attempt = await append({ ...base, detail: { refusedWith: error.code } });
    await append({ ...base, outcomeOf: attempt.id, outcome: 'refused', detail: { code: error.code } });
    throw error;
  }

  async function recordOutcome(event: ProcessingEventInput): Promise<void> {
    try {
      await append(event);
    } catch (error) {
      // The attempt is logged, so the read is on record; without its outcome the rows are withheld.
      throw new InsynError('AUDIT_OUTCOME_FAILED', `event ${event.outcomeOf}`, { cause: error });
    }
  }

  /** Per row: restricted in the register (the person's whole dataset, or the record for anyone) or marked so by the source itself. */
  async function restrictedFlags(read: ResolvedRead, result: RowsRead, whole: boolean): Promise<boolean[]> {
    const port = deps.restrictions;
    const hashes = port ? result.keys.map((key) => recordHash(port.keyed, read.dataset.qualifiedId, read.dataset.primaryKey, key)) : [];
    const restricted = port && hashes.length > 0 ? await port.restrictedAmong(read.dataset.qualifiedId, hashes) : new Set<string>();
    return result.rows.map((_, index) => whole || restricted.has(hashes[index]!) || result.marked[index] === true);
  }

  async function performRead(read: ResolvedRead, request: SubjectReadRequest): Promise<DoorRead & { readonly eventId: number }> {
    const subjectKey = deps.subjectKey(request.subject.normalized);
    const ground = groundFor(read.purpose, request.restrictionGround);
    const whole = deps.restrictions ? await deps.restrictions.wholeDataset(subjectKey, read.dataset.qualifiedId) : false;
    if (whole && !ground) return refuse(request, new InsynError('PROCESSING_RESTRICTED', `${read.dataset.qualifiedId}: only storage is allowed`));
    const queries = queryConditions(read, request);
    const base = readEvent(deps, request, read, fieldsToRead(read, queries));
    const attempt = await append(whole ? { ...base, detail: { restrictionGround: ground! } } : base);
    let result: RowsRead;
    let flags: boolean[];
    try {
      result = await readRows(deps.connectors, read, queries, request.limit ?? defaultLimit);
      flags = await restrictedFlags(read, result, whole);
    } catch (error) {
      const code = error instanceof InsynError ? error.code : 'INTERNAL';
      await recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { code } });
      throw error;
    }
    // Restricted records are left out of a read without a ground (and the count logged).
    const keep = flags.map((restricted) => ground !== undefined || !restricted);
    const kept = (index: number) => keep[index] === true;
    const withheld = result.rows.flatMap((row, index) => (kept(index) ? [] : [{ row: { ...result.keys[index], ...row }, matchedBy: result.matchedBy[index]! }]));
    const restricted = flags.filter((_, index) => kept(index));
    const usedGround = ground !== undefined && restricted.some(Boolean);
    await recordOutcome({
      ...base, outcomeOf: attempt.id, outcome: 'success',
      detail: {
        rows: keep.filter(Boolean).length, ...viaDetail(request), ...(withheld.length > 0 ? { restricted: withheld.length } : {}),
        ...(usedGround ? { restrictionGround: ground } : {}),
      },
    });
    return {
      rows: result.rows.filter((_, index) => kept(index)), matchedBy: result.matchedBy.filter((_, index) => kept(index)), restricted, withheld, eventId: attempt.id,
    };
  }

  /** A read for a door: as readSubject, and the rows left out as restricted (never handed on; a door refuses on them). */
  async function readForDoor(request: SubjectReadRequest): Promise<DoorRead & { readonly eventId: number }> {
    let read: ResolvedRead;
    try {
      read = resolveRead(deps.catalog, request);
    } catch (error) {
      if (error instanceof InsynError) return refuse(request, error);
      throw error;
    }
    return performRead(read, request);
  }

  async function readSubject(request: SubjectReadRequest): Promise<SubjectReadResult> {
    const { rows, matchedBy, restricted, eventId } = await readForDoor(request);
    return { rows, matchedBy, restricted, eventId };
  }

  const doors: ChangeDoorDependencies = {
    catalog: deps.catalog, connectors: deps.connectors, subjectKey: deps.subjectKey, append, recordOutcome, changes: deps.changes,
    restrictions: deps.restrictions,
    readRows: (request, fields) => readForDoor({
      actor: request.actor, purpose: request.purpose, subject: request.subject, dataset: request.dataset, fields,
      ...(request.stepId ? { stepId: request.stepId } : {}), ...(request.restrictionGround ? { restrictionGround: request.restrictionGround } : {}),
    }),
  };

  return { readSubject, changeRecord: createChangeDoor(doors), eraseRecord: createEraseDoor(doors), markRestriction: createRestrictionMarkDoor(doors) };
}
