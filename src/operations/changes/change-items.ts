// The case handler's proposals on a rights request (issue 6, R18–R22): the person's records as the
// console shows them, and the change items written from them — a correction (the record is
// restricted at once while its accuracy is disputed, Art. 18(1)(a)), a completion, the erasure dry
// run (every record with the catalog's decision), a restriction, an objection (the processing is
// restricted at once while it is assessed, Art. 18(1)(d)). Items are decided (applied or kept
// with reasons) until the decision is sent; then they are the plan the run carries out.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordHash } from '../../access/restricted-read.ts';
import type { Catalog, Dataset } from '../../catalog/catalog-types.ts';
import { datasetEntries } from '../../catalog/catalog-walk.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError, isInsynError } from '../../domain/error-catalogue.ts';
import type { RequestRight } from '../../domain/request-kinds.ts';
import { RESTRICTION_REASONS, type RestrictionReason } from '../../domain/restriction.ts';
import {
  changeItemsOf, decideChangeItem, deleteProposedItems, insertChangeItems, type ChangeItemKind, type ChangeItemRecord, type NewChangeItem,
} from '../../stores/change-item-store.ts';
import { appendRequestEvent } from '../../stores/request-event-store.ts';
import { lockRequestRecord, type RequestRecord } from '../../stores/request-store.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';
import { requestSubject, type RequestSubject } from '../requests/request-subject.ts';
import { planErasure } from './erasure-plan.ts';
import { restrictData } from './restriction-register.ts';
import { datasetOf, openRecordToken, recordToken, type ChangeworkDependencies, type RecordRef } from './change-work.ts';

/** Which items each right allows (Art. 16 covers both correcting and completing). */
const KINDS_OF: Readonly<Record<RequestRight, readonly ChangeItemKind[]>> = {
  access: [],
  rectification: ['rectify', 'complete'],
  completion: ['complete', 'rectify'],
  erasure: ['erase'],
  restriction: ['restrict'],
  objection: ['object'],
};

export const MAX_STATEMENT_LENGTH = 4000;
export const MAX_VALUE_LENGTH = 1000;

export interface PersonRecord {
  /** Names the record to the console (sealed to the request). */
  readonly token: string;
  readonly dataset: string;
  /** The key parts that are not identity numbers, e.g. {contact_id: '123'}; empty when the key is one. */
  readonly label: Readonly<Record<string, string>>;
  /** The values of the fields the catalog lets a correction change. */
  readonly changeable: Readonly<Record<string, string>>;
  readonly restricted: boolean;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The key parts a letter or the console may show: never an identity field or identity number. */
export function keyLabel(dataset: Dataset, key: Readonly<Record<string, string>>): Record<string, string> {
  const identity = new Set(dataset.identityFields.map((field) => field.field));
  return Object.fromEntries(dataset.primaryKey.filter((name) => {
    const field = dataset.fields.find((candidate) => candidate.name === name);
    return !identity.has(name) && field?.category !== 'identity';
  }).map((name) => [name, key[name] ?? '']));
}

/** Art. 21(1) applies to processing based on a public task or official authority (6(1)(e)) or a legitimate interest (6(1)(f)). */
export function objectable(catalog: Catalog, dataset: Dataset): boolean {
  return catalog.purposes.some((purpose) => dataset.purposes.includes(purpose.id) && purpose.id !== RIGHTS_PURPOSE
    && (purpose.legalBasis.article6 === 'e' || purpose.legalBasis.article6 === 'f'));
}

function ownerOf(dataset: Dataset): string | undefined {
  return dataset.identityFields[0]?.field;
}

async function openRequest(deps: ChangeworkDependencies, requestId: string, kind?: ChangeItemKind): Promise<RequestRecord & RequestSubject> {
  const request = await deps.db.transaction().execute((trx) => lockRequestRecord(trx, requestId));
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  if (request.status !== 'handling') throw new InsynError('REQUEST_TRANSITION_INVALID', `changes are proposed while the request is handled, not ${request.status}`);
  if (kind && !KINDS_OF[request.right].includes(kind)) throw new InsynError('CHANGE_NOT_ALLOWED', `a ${request.right} request has no ${kind} items`);
  return { ...request, ...requestSubject(request, deps.sealer) };
}

/** Fields whose value the console never shows for a person with protected identity (the catalog's protected-address class). */
function protectedFields(dataset: Dataset): ReadonlySet<string> {
  return new Set(dataset.fields.filter((field) => (field.secrecy ?? dataset.secrecy) === 'protected-address').map((field) => field.name));
}

export const PROTECTED_VALUE = '\u2022\u2022\u2022';

/**
 * The person's own records in every dataset that names whom it is about (each read logged, for the
 * request). A system that fails is named in `unavailable` (the others are still listed); for a
 * person with protected identity, protected-address values are replaced by PROTECTED_VALUE.
 */
export async function personRecords(
  deps: ChangeworkDependencies, input: { readonly requestId: string; readonly actor: string; readonly protectedPerson?: boolean },
): Promise<PersonRecord[] & { unavailable?: string[] }> {
  const request = await deps.db.selectFrom('request').select(['subject_sealed', 'subject_key']).where('id', '=', input.requestId).executeTakeFirst();
  if (!request?.subject_sealed) throw new InsynError('REQUEST_NOT_MATCHED', 'the request has no identified person yet');
  const { subject } = requestSubject({ subjectKey: request.subject_key, subjectSealed: request.subject_sealed } as RequestRecord, deps.sealer);
  const access = await deps.access();
  const records: PersonRecord[] & { unavailable?: string[] } = [];
  const unavailable: string[] = [];
  for (const { dataset } of datasetEntries(deps.catalog)) {
    const owner = ownerOf(dataset);
    if (!owner || !dataset.personalData || !dataset.purposes.includes(RIGHTS_PURPOSE)) continue;
    const changeable = dataset.fields.filter((field) => field.changeable).map((field) => field.name);
    const hidden = input.protectedPerson ? protectedFields(dataset) : new Set<string>();
    let read: Awaited<ReturnType<typeof access.readSubject>>;
    try {
      read = await access.readSubject({
        actor: { id: input.actor }, purpose: RIGHTS_PURPOSE, subject, dataset: dataset.qualifiedId,
        fields: [...new Set([...dataset.primaryKey, ...changeable])], identityFields: [owner], stepId: input.requestId,
      });
    } catch (error) {
      if (!isInsynError(error) || error.status < 500) throw error;
      unavailable.push(dataset.qualifiedId);
      continue;
    }
    read.rows.forEach((row, index) => {
      const key = Object.fromEntries(dataset.primaryKey.map((name) => [name, text(row[name])]));
      records.push({
        token: recordToken(deps.contentSealer, input.requestId, { dataset: dataset.qualifiedId, key }), dataset: dataset.qualifiedId,
        label: keyLabel(dataset, key),
        changeable: Object.fromEntries(changeable.map((name) => [name, hidden.has(name) && text(row[name]) !== '' ? PROTECTED_VALUE : text(row[name])])),
        restricted: read.restricted[index] === true,
      });
    });
  }
  if (unavailable.length > 0) records.unavailable = unavailable;
  return records;
}

interface ItemDraft {
  readonly kind: ChangeItemKind;
  readonly dataset: Dataset;
  readonly key?: Readonly<Record<string, string>>;
  readonly fields?: readonly string[];
  readonly change?: unknown;
  readonly decision?: 'apply' | 'keep';
  readonly reason?: string;
  readonly restrictionReason?: RestrictionReason;
  readonly restrictionIds?: readonly string[];
}

function newItem(deps: ChangeworkDependencies, requestId: string, actor: string, at: Date, draft: ItemDraft): NewChangeItem {
  const id = randomUUID();
  return {
    id, requestId, kind: draft.kind, dataset: draft.dataset.qualifiedId,
    keySealed: draft.key ? deps.contentSealer.sealJson(draft.key, `${id}/key`) : null,
    recordHash: draft.key ? recordHash(deps.keyed, draft.dataset.qualifiedId, draft.dataset.primaryKey, draft.key) : null,
    fields: draft.fields ?? [], changeSealed: draft.change === undefined ? null : deps.contentSealer.sealJson(draft.change, `${id}/change`),
    decision: draft.decision ?? 'apply', reason: draft.reason ?? null, reasonsSealed: null, restrictionReason: draft.restrictionReason ?? null,
    restrictionIds: draft.restrictionIds ?? [], proposedBy: actor, proposedAt: at,
  };
}

/** Appends items with the request locked (still handled), and a timeline entry naming what was proposed (never values). */
async function appendItems(
  deps: ChangeworkDependencies, request: RequestRecord, actor: string, items: readonly NewChangeItem[], replace?: ChangeItemKind,
): Promise<void> {
  await deps.db.transaction().execute((trx) => appendItemsIn(trx, deps, request, actor, items, replace));
}

async function appendItemsIn(
  trx: Kysely<Database>, deps: ChangeworkDependencies, request: RequestRecord, actor: string, items: readonly NewChangeItem[], replace?: ChangeItemKind,
): Promise<void> {
  const locked = await lockRequestRecord(trx, request.id);
  if (locked?.status !== 'handling') throw new InsynError('REQUEST_TRANSITION_INVALID', 'the request is no longer handled; reload it');
  if (replace) await deleteProposedItems(trx, request.id, { kind: replace });
  // A form sent twice proposes once: the same objection, or a second correction of the same field of a record.
  const existing = await changeItemsOf(trx, request.id);
  for (const item of items) {
    const twice = existing.some((other) => other.kind === item.kind && other.dataset === item.dataset && other.recordHash === item.recordHash
      && (item.kind === 'object' || item.kind === 'restrict' || (item.kind === 'rectify' && other.fields.some((field) => item.fields.includes(field)))));
    if (twice) throw new InsynError('VALIDATION_FAILED', 'already: the request already has this proposal');
  }
  await insertChangeItems(trx, items);
  await appendRequestEvent(trx, {
    requestId: request.id, at: deps.clock(), actor, kind: 'changes-proposed',
    detail: { items: items.length, kinds: [...new Set(items.map((item) => item.kind))].join(','), datasets: [...new Set(items.map((item) => item.dataset))].join(',') },
  });
}

/** The person's record named by a token, read again now (it must still be theirs). */
async function ownRecord(deps: ChangeworkDependencies, request: RequestRecord & RequestSubject, ref: RecordRef, actor: string, fields: readonly string[]) {
  const dataset = datasetOf(deps.catalog, ref.dataset);
  const owner = ownerOf(dataset);
  if (!owner) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId} names no person`);
  const read = await (await deps.access()).readSubject({
    actor: { id: actor }, purpose: RIGHTS_PURPOSE, subject: request.subject, dataset: dataset.qualifiedId,
    fields: [...new Set([...dataset.primaryKey, ...fields])], identityFields: [owner], stepId: request.id,
  });
  const rows = read.rows.filter((row) => dataset.primaryKey.every((name) => text(row[name]) === ref.key[name]));
  if (rows.length !== 1) throw new InsynError('SOURCE_CONFLICT', `${dataset.qualifiedId}: the record is gone or no longer one`);
  return { dataset, row: rows[0]! };
}

/**
 * A correction: the fields to change and their new values. The values now are what the change is
 * decided on (it is made only while the record still holds them). The record is restricted while
 * its accuracy is disputed, until the decision has been sent and carried out.
 */
export async function proposeCorrection(
  deps: ChangeworkDependencies,
  input: { readonly requestId: string; readonly actor: string; readonly record: string; readonly set: Readonly<Record<string, string>> },
): Promise<void> {
  const request = await openRequest(deps, input.requestId, 'rectify');
  const ref = openRecordToken(deps.contentSealer, request.id, input.record);
  const names = Object.keys(input.set);
  const dataset = datasetOf(deps.catalog, ref.dataset);
  if (names.length === 0) throw new InsynError('VALIDATION_FAILED', 'set: at least one field');
  for (const name of names) {
    if (!dataset.fields.some((field) => field.name === name && field.changeable)) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}.${name} is not changeable`);
    const value = input.set[name]!;
    // An empty value would erase by another route (a retained dataset's field): erasure is its own right.
    if (value === '' || value.length > MAX_VALUE_LENGTH || value.trim() !== value) {
      throw new InsynError('VALIDATION_FAILED', `set.${name}: 1–${MAX_VALUE_LENGTH} characters, no leading or trailing space`);
    }
  }
  const { row } = await ownRecord(deps, request, ref, input.actor, names);
  const expect = Object.fromEntries(names.map((name) => [name, text(row[name])]));
  if (names.every((name) => expect[name] === input.set[name])) throw new InsynError('VALIDATION_FAILED', 'set: the record already holds these values');
  // The restriction and the item that sets it commit together (no restriction without its item to lift it).
  await restrictData({ ...deps, access: await deps.access() }, {
    subject: request.subject, dataset: dataset.qualifiedId, key: ref.key, reason: 'accuracy-contested', requestId: request.id, actor: input.actor, at: deps.clock(),
  }, (trx, restrictionIds) => appendItemsIn(trx, deps, request, input.actor, [newItem(deps, request.id, input.actor, deps.clock(), {
    kind: 'rectify', dataset, key: ref.key, fields: names, change: { set: input.set, expect }, restrictionReason: 'accuracy-contested', restrictionIds,
  })]));
}

/** A completion: the person's supplementary statement, stored beside the record (and shown wherever it is). */
export async function proposeCompletion(
  deps: ChangeworkDependencies,
  input: { readonly requestId: string; readonly actor: string; readonly record: string; readonly statement: string; readonly fields?: readonly string[] },
): Promise<void> {
  const request = await openRequest(deps, input.requestId, 'complete');
  const ref = openRecordToken(deps.contentSealer, request.id, input.record);
  const statement = input.statement.trim();
  if (statement === '' || statement.length > MAX_STATEMENT_LENGTH) throw new InsynError('VALIDATION_FAILED', `statement: 1–${MAX_STATEMENT_LENGTH} characters`);
  const { dataset } = await ownRecord(deps, request, ref, input.actor, []);
  const fields = input.fields ?? [];
  for (const name of fields) if (!dataset.fields.some((field) => field.name === name)) throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId}.${name}`);
  await appendItems(deps, request, input.actor, [newItem(deps, request.id, input.actor, deps.clock(), {
    kind: 'complete', dataset, key: ref.key, fields, change: { statement },
  })]);
}

/** The erasure dry run: every record held on the person with the catalog's decision; replaces an earlier dry run's items. */
export async function proposeErasure(deps: ChangeworkDependencies, input: { readonly requestId: string; readonly actor: string }): Promise<number> {
  const request = await openRequest(deps, input.requestId, 'erase');
  const plan = await planErasure(deps.catalog, await deps.access(), { subject: request.subject, actor: input.actor, stepId: request.id });
  const at = deps.clock();
  const items = plan.map((item) => newItem(deps, request.id, input.actor, at, {
    kind: 'erase', dataset: datasetOf(deps.catalog, item.dataset), key: item.key,
    ...(item.decision === 'keep' ? { decision: 'keep', reason: item.reason } : {}),
  }));
  await appendItems(deps, request, input.actor, items, 'erase');
  return items.length;
}

/** A restriction (Art. 18(1)) of one record or the person's whole dataset, carried out once decided. */
export async function proposeRestriction(
  deps: ChangeworkDependencies,
  input: { readonly requestId: string; readonly actor: string; readonly dataset?: string; readonly record?: string; readonly reason: RestrictionReason },
): Promise<void> {
  const request = await openRequest(deps, input.requestId, 'restrict');
  if (!RESTRICTION_REASONS.includes(input.reason)) throw new InsynError('VALIDATION_FAILED', 'reason');
  const ref = input.record ? openRecordToken(deps.contentSealer, request.id, input.record) : undefined;
  const datasetId = ref?.dataset ?? input.dataset;
  if (!datasetId) throw new InsynError('VALIDATION_FAILED', 'dataset or record');
  const dataset = ref ? (await ownRecord(deps, request, ref, input.actor, [])).dataset : datasetOf(deps.catalog, datasetId);
  if (!ownerOf(dataset)) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId} names no person`);
  await appendItems(deps, request, input.actor, [newItem(deps, request.id, input.actor, deps.clock(), {
    kind: 'restrict', dataset, ...(ref ? { key: ref.key } : {}), restrictionReason: input.reason,
  })]);
}

/** An objection (Art. 21(1)) to the processing of a dataset: registered, and the person's data in it restricted while it is assessed. */
export async function registerObjection(
  deps: ChangeworkDependencies, input: { readonly requestId: string; readonly actor: string; readonly dataset: string },
): Promise<void> {
  const request = await openRequest(deps, input.requestId, 'object');
  const dataset = datasetOf(deps.catalog, input.dataset);
  if (!ownerOf(dataset)) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId} names no person`);
  if (!objectable(deps.catalog, dataset)) throw new InsynError('CHANGE_NOT_ALLOWED', `${dataset.qualifiedId}: no processing based on a public task or legitimate interest to object to`);
  await restrictData({ ...deps, access: await deps.access() }, {
    subject: request.subject, dataset: dataset.qualifiedId, reason: 'objection-pending', requestId: request.id, actor: input.actor, at: deps.clock(),
  }, (trx, restrictionIds) => appendItemsIn(trx, deps, request, input.actor, [newItem(deps, request.id, input.actor, deps.clock(), {
    kind: 'object', dataset, restrictionReason: 'objection-pending', restrictionIds,
  })]));
}

/** Erasure-plan reasons the catalog settles: the item is kept on that ground and cannot be applied. */
const CATALOG_KEEPS: ReadonlySet<string> = new Set(['legal-obligation', 'public-task', 'official-authority', 'archiving', 'third-party', 'linked-record']);
/**
 * Erasure-plan reasons that are no legal ground by themselves: a case handler decides the item
 * before the decision (a restricted record may be erased on the person's own request, or kept; a
 * key that names no single record is kept with the handler's reasons). The plan's reason stays on
 * the item; the handler's reasons and ground are sealed beside it.
 */
export const HANDLER_DECIDES: ReadonlySet<string> = new Set(['restricted', 'ambiguous-key']);

/** An item the plan left to the case handler, not decided yet. */
export function undecided(item: Pick<ChangeItemRecord, 'decision' | 'reason' | 'reasonsSealed'>): boolean {
  return item.decision === 'keep' && HANDLER_DECIDES.has(item.reason ?? '') && item.reasonsSealed === null;
}

/** Whether the erasure plan kept the item on the catalog's ground (never carried out). */
export function catalogKept(item: Pick<ChangeItemRecord, 'kind' | 'decision' | 'reason'>): boolean {
  return item.kind === 'erase' && item.decision === 'keep' && CATALOG_KEEPS.has(item.reason ?? '');
}

/** A case handler's reasons and ground for keeping an item, sealed to it (their words may name someone). */
export interface HandlerReasons {
  readonly reasons: string;
  readonly ground: string;
}

/**
 * The case handler's decision on one proposed item, with the request locked while it is handled:
 * apply it, or keep (refuse) it with reasons and a legal ground (a standard id or a provision in
 * their words). An item the catalog keeps stays kept; one the plan could not settle (restricted,
 * reached only through another record, an ambiguous key) is decided here — a restricted record
 * may be erased on the person's own request.
 */
export async function decideItem(
  db: Kysely<Database>, deps: Pick<ChangeworkDependencies, 'contentSealer'>,
  input: {
    readonly requestId: string; readonly itemId: string; readonly decision: 'apply' | 'keep'; readonly ground?: string; readonly reasons?: string;
    readonly actor: string;
  },
): Promise<void> {
  const reasons = input.reasons?.trim() ?? '';
  const ground = input.ground?.trim() ?? '';
  await db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (request?.status !== 'handling') throw new InsynError('REQUEST_TRANSITION_INVALID', 'items are decided while the request is handled');
    const item = (await changeItemsOf(trx, input.requestId)).find((candidate) => candidate.id === input.itemId);
    if (!item) throw new InsynError('NOT_FOUND', 'no such change item');
    if (item.status !== 'proposed') throw new InsynError('REQUEST_TRANSITION_INVALID', 'the item is already decided');
    if (catalogKept(item)) throw new InsynError('CHANGE_NOT_ALLOWED', 'the data map keeps this record');
    // Applied: what was proposed as a change, refused and taken back; or a restricted record erased on the person's request.
    if (input.decision === 'apply' && item.decision === 'keep' && item.reason !== 'restricted' && item.reason !== 'handler') {
      throw new InsynError('CHANGE_NOT_ALLOWED', 'this record cannot be erased through Insyn');
    }
    if (input.decision === 'keep' && (reasons.length < 10 || ground === '' || ground.length > 300 || reasons.length > 4000)) {
      throw new InsynError('DECISION_INCOMPLETE', 'reasons-missing (reasons), legal-ground-missing (ground): a kept item is reasoned');
    }
    const kept: HandlerReasons = { reasons, ground };
    // The plan's own reason stays (restricted, ambiguous key); a refused change is kept as the handler's.
    const planReason = HANDLER_DECIDES.has(item.reason ?? '') ? item.reason : null;
    await decideChangeItem(trx, item.id, {
      decision: input.decision, reason: input.decision === 'apply' ? planReason : planReason ?? 'handler',
      reasonsSealed: input.decision === 'apply' ? null : deps.contentSealer.sealJson(kept, `${item.id}/reasons`), by: input.actor,
    });
  });
}

/**
 * Keeps, with one set of reasons and ground, every item the plan left to the case handler (a heavy
 * person's erasure can hold hundreds of records reached only through a case); returns how many.
 */
export async function keepUndecided(
  db: Kysely<Database>, deps: Pick<ChangeworkDependencies, 'contentSealer'>,
  input: { readonly requestId: string; readonly reason: string; readonly ground: string; readonly reasons: string; readonly actor: string },
): Promise<number> {
  if (!HANDLER_DECIDES.has(input.reason)) throw new InsynError('VALIDATION_FAILED', 'reason: not one the case handler decides');
  const reasons = input.reasons.trim();
  const ground = input.ground.trim();
  if (reasons.length < 10 || ground === '' || ground.length > 300 || reasons.length > 4000) {
    throw new InsynError('DECISION_INCOMPLETE', 'reasons-missing (reasons), legal-ground-missing (ground): a kept item is reasoned');
  }
  return db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (request?.status !== 'handling') throw new InsynError('REQUEST_TRANSITION_INVALID', 'items are decided while the request is handled');
    const open = (await changeItemsOf(trx, input.requestId)).filter((item) => item.status === 'proposed' && item.reason === input.reason && undecided(item));
    for (const item of open) {
      await decideChangeItem(trx, item.id, {
        decision: 'keep', reason: item.reason, reasonsSealed: deps.contentSealer.sealJson({ reasons, ground } satisfies HandlerReasons, `${item.id}/reasons`), by: input.actor,
      });
    }
    return open.length;
  });
}

/** Removes a proposal that set no restriction, with the request locked while it is handled. */
export async function removeItem(db: Kysely<Database>, input: { readonly requestId: string; readonly itemId: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await lockRequestRecord(trx, input.requestId);
    if (request?.status !== 'handling') throw new InsynError('REQUEST_TRANSITION_INVALID', 'items are removed while the request is handled');
    const item = (await changeItemsOf(trx, input.requestId)).find((candidate) => candidate.id === input.itemId);
    if (!item || item.status !== 'proposed') throw new InsynError('REQUEST_TRANSITION_INVALID', 'the item is not a proposal');
    if (item.restrictionIds.length > 0) throw new InsynError('CHANGE_NOT_ALLOWED', 'the item restricted data: decide it (keep it with reasons) instead');
    // The dry run's records are the decision's points: each is erased or kept with reasons, none silently dropped.
    if (item.kind === 'erase') throw new InsynError('CHANGE_NOT_ALLOWED', 'a record of the erasure plan is decided, not removed');
    await deleteProposedItems(trx, input.requestId, { ids: [input.itemId] });
  });
}

/** The items the console lists, with what the case handler may see of each (keys without identity numbers). */
export function describeItems(deps: Pick<ChangeworkDependencies, 'catalog' | 'contentSealer'>, items: readonly ChangeItemRecord[]) {
  return items.map((item) => {
    const dataset = datasetOf(deps.catalog, item.dataset);
    const key = item.keySealed ? deps.contentSealer.openJson<Record<string, string>>(item.keySealed, `${item.id}/key`) : undefined;
    return { item, dataset, label: key ? keyLabel(dataset, key) : undefined };
  });
}
