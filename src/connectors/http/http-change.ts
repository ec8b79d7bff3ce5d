// Changing one record of an HTTP source system (issue 6; the protocol is docs/http-connector.md):
// `PATCH <base><location>/records` with `{ key, set, expect }` and `DELETE <base><location>/records`
// with `{ key }`. Key values travel in the body only, never in the URL. Every change carries an
// `Idempotency-Key`: the caller's, or one derived from the request, so a retry is the same request.
// 200 `{ outcome }` names what happened; 409 `{ code: 'conflict', reason }` is SOURCE_CONFLICT;
// 408, 429, 5xx and no answer are SOURCE_UNAVAILABLE (a retry is safe); anything else is
// SOURCE_ANSWER_INVALID. Messages name the system, the location and the reason, never values.
import { createHash } from 'node:crypto';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { DeleteOutcome, DeleteRequest, UpdateOutcome, UpdateRequest } from '../connector.ts';
import type { HttpAnswer, HttpExchange } from './http-exchange.ts';

const UPDATE_OUTCOMES: readonly UpdateOutcome[] = ['updated', 'already-applied'];
const DELETE_OUTCOMES: readonly DeleteOutcome[] = ['deleted', 'already-gone'];

/** Why a system refused a change: what each 409 reason means. A delete of a record that is gone answers already-gone. */
const REASONS = {
  gone: 'no record has the key (it is gone)',
  duplicate: 'the key matches more than one record (it is not unique in the source)',
  changed: 'the record changed since it was read',
} as const;
type Reason = keyof typeof REASONS;
const UPDATE_REASONS: readonly Reason[] = ['gone', 'duplicate', 'changed'];
const DELETE_REASONS: readonly Reason[] = ['duplicate'];

/** Printable ASCII without spaces, as the header allows; at most 255 characters. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

const sorted = (values: Readonly<Record<string, string | null>>) =>
  Object.entries(values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The same request gives the same key, whatever the order of its fields: a one-way digest of the
 * operation, location, key and values (never the values themselves in a header).
 */
export function derivedIdempotencyKey(operation: 'update' | 'delete', request: UpdateRequest | DeleteRequest): string {
  const change = 'set' in request ? [sorted(request.set), sorted(request.expect)] : [];
  const canonical = JSON.stringify([operation, request.location, sorted(request.key), ...change]);
  return `insyn-${createHash('sha256').update(canonical).digest('base64url')}`;
}

function idempotencyKey(operation: 'update' | 'delete', request: UpdateRequest | DeleteRequest): string {
  if (request.idempotencyKey === undefined) return derivedIdempotencyKey(operation, request);
  if (!IDEMPOTENCY_KEY.test(request.idempotencyKey)) throw new TypeError('an idempotency key is 1–255 printable ASCII characters');
  return request.idempotencyKey;
}

const field = (body: unknown, name: string): unknown =>
  typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[name] : undefined;

/** The outcome an answer names, or the error it means. */
function outcomeOf<O extends string>(
  systemId: string, location: string, answer: HttpAnswer, outcomes: readonly O[], reasons: readonly Reason[],
): O {
  const where = `system ${systemId}, ${location}`;
  const { status, body } = answer;
  if (status === 200) {
    const outcome = field(body, 'outcome');
    if (outcomes.includes(outcome as O)) return outcome as O;
    throw new InsynError('SOURCE_ANSWER_INVALID', `${where}: the answer names no known outcome (expected ${outcomes.join(' or ')})`);
  }
  if (status === 409) {
    const reason = field(body, 'reason');
    if (field(body, 'code') === 'conflict' && reasons.includes(reason as Reason)) {
      throw new InsynError('SOURCE_CONFLICT', `${where}: ${REASONS[reason as Reason]}`);
    }
    throw new InsynError('SOURCE_ANSWER_INVALID', `${where}: a conflict without a known reason (expected ${reasons.join(', ')})`);
  }
  if (status >= 500 || status === 408 || status === 429) throw new InsynError('SOURCE_UNAVAILABLE', `${where}: HTTP ${status}`);
  throw new InsynError('SOURCE_ANSWER_INVALID', `${where}: HTTP ${status} is not an answer to a change`);
}

function recordsPath(location: string): string {
  return `${location.replace(/\/+$/, '')}/records`;
}

export function httpUpdate(exchange: HttpExchange, systemId: string): (request: UpdateRequest) => Promise<UpdateOutcome> {
  return async (request) => {
    const headers = { 'idempotency-key': idempotencyKey('update', request) };
    const body = { key: request.key, set: request.set, expect: request.expect };
    const answer = await exchange('PATCH', recordsPath(request.location), body, headers);
    return outcomeOf(systemId, request.location, answer, UPDATE_OUTCOMES, UPDATE_REASONS);
  };
}

export function httpDelete(exchange: HttpExchange, systemId: string): (request: DeleteRequest) => Promise<DeleteOutcome> {
  return async (request) => {
    const headers = { 'idempotency-key': idempotencyKey('delete', request) };
    const answer = await exchange('DELETE', recordsPath(request.location), { key: request.key }, headers);
    return outcomeOf(systemId, request.location, answer, DELETE_OUTCOMES, DELETE_REASONS);
  };
}
