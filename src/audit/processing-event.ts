// The event the processing log records for every processing of personal data: who (actor),
// why (purpose, legal basis), what (kind, datasets, field names) and about whom (a keyed hash,
// never the personnummer). Inputs are checked here; a bad event is a programmer mistake.

export const PROCESSING_KINDS = [
  'read', 'collect', 'register', 'store', 'combine', 'print', 'disclose', 'rectify', 'erase', 'restrict',
] as const;
export type ProcessingKind = (typeof PROCESSING_KINDS)[number];

export const PROCESSING_OUTCOMES = ['success', 'failure', 'refused'] as const;
export type ProcessingOutcome = (typeof PROCESSING_OUTCOMES)[number];

/** Numbers must be safe integers: a fraction could change in the database (jsonb keeps
 * 3.0000000000000001) without changing the number JavaScript reads back and hashes. */
export type EventDetail = Readonly<Record<string, string | number | boolean>>;

export interface ProcessingEventInput {
  readonly actor: string;
  readonly purpose: string;
  readonly legalBasis: string;
  readonly kind: ProcessingKind;
  /** The keyed hash from `createSubjectKeyer`, or null for processing without one data subject. */
  readonly subjectKey: string | null;
  /** `system.dataset` as in the catalog. */
  readonly datasets: readonly string[];
  /** Field names only, never values. */
  readonly fields: readonly string[];
  readonly stepId?: string;
  /** The id of the attempt event this outcome event reports on. */
  readonly outcomeOf?: number;
  readonly outcome?: ProcessingOutcome;
  /** Small and never personal data. */
  readonly detail?: EventDetail;
}

/** Everything that is sealed in an event's hash. */
export interface SealedEvent {
  /** The version of the chain-hash key the event is hashed with. */
  readonly keyVersion: number;
  readonly id: number;
  readonly chain: string;
  readonly seq: number;
  readonly occurredAt: Date;
  readonly actor: string;
  readonly purpose: string;
  readonly legalBasis: string;
  readonly kind: ProcessingKind;
  readonly subjectKey: string | null;
  readonly datasets: readonly string[];
  readonly fields: readonly string[];
  readonly stepId: string | null;
  readonly outcomeOf: number | null;
  readonly outcome: ProcessingOutcome | null;
  readonly detail: EventDetail;
}

export interface StoredEvent extends SealedEvent {
  readonly prevHash: string;
  readonly hash: string;
}

const SUBJECT_KEY = /^[0-9a-f]{64}$/;
// Names start with a letter (fields also "_"), so a value such as a personnummer never passes as a name.
const DATASET = /^\p{L}[\p{L}\p{N}_-]*\.\p{L}[\p{L}\p{N}_-]*$/u;
const FIELD = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;
const DETAIL_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
const MAX_TEXT = 200;
const MAX_DETAIL_KEYS = 20;

function text(name: string, value: unknown, pattern?: RegExp): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT) {
    throw new TypeError(`processing event: ${name} must be a string of 1–${MAX_TEXT} characters`);
  }
  if (!value.isWellFormed() || value.includes('\u0000')) {
    throw new TypeError(`processing event: ${name} holds characters the database cannot store`);
  }
  if (pattern && !pattern.test(value)) throw new TypeError(`processing event: ${name} has an invalid form`);
}

function names(name: string, values: readonly string[], pattern: RegExp): void {
  if (!Array.isArray(values)) throw new TypeError(`processing event: ${name} must be an array`);
  values.forEach((value, index) => text(`${name}[${index}]`, value, pattern));
}

function detail(value: EventDetail | undefined): void {
  if (value === undefined) return;
  const entries = Object.entries(value);
  if (entries.length > MAX_DETAIL_KEYS) throw new TypeError(`processing event: detail has more than ${MAX_DETAIL_KEYS} keys`);
  for (const [key, item] of entries) {
    text('detail key', key, DETAIL_KEY);
    if (typeof item === 'string') text(`detail.${key}`, item);
    else if (typeof item === 'number' ? !Number.isSafeInteger(item) : typeof item !== 'boolean') {
      throw new TypeError(`processing event: detail.${key} must be a string, a safe integer or a boolean`);
    }
  }
}

function outcome(input: ProcessingEventInput): void {
  if ((input.outcome === undefined) !== (input.outcomeOf === undefined)) {
    throw new TypeError('processing event: outcome and outcomeOf go together');
  }
  if (input.outcome !== undefined && !PROCESSING_OUTCOMES.includes(input.outcome)) {
    throw new TypeError('processing event: unknown outcome');
  }
  if (input.outcomeOf !== undefined && !(Number.isSafeInteger(input.outcomeOf) && input.outcomeOf > 0)) {
    throw new TypeError('processing event: outcomeOf must be the id of an event');
  }
}

/** Throws TypeError naming the first thing wrong with the event. Never echoes values. */
export function assertValidEvent(input: ProcessingEventInput): void {
  text('actor', input.actor);
  text('purpose', input.purpose);
  text('legalBasis', input.legalBasis);
  if (!PROCESSING_KINDS.includes(input.kind)) throw new TypeError('processing event: unknown kind');
  if (input.subjectKey !== null && !(typeof input.subjectKey === 'string' && SUBJECT_KEY.test(input.subjectKey))) {
    throw new TypeError('processing event: subjectKey must be null or the keyed hash from createSubjectKeyer');
  }
  names('datasets', input.datasets, DATASET);
  names('fields', input.fields, FIELD);
  if (input.stepId !== undefined) text('stepId', input.stepId);
  outcome(input);
  detail(input.detail);
}
