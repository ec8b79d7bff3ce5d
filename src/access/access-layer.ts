// The only door to personal data in the source systems. Every call names an actor and a
// purpose; the purpose is checked against the catalog; the event is appended to the
// processing log BEFORE the source is touched (no event, no access) and the outcome after.
import type { Catalog } from '../catalog/catalog-types.ts';
import type { ProcessingEventInput, StoredEvent } from '../audit/processing-event.ts';
import type { ConnectorRegistry } from '../connectors/connect-systems.ts';
import type { Row } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { IdentityNumber } from '../domain/personnummer.ts';
import { readEvent } from './read-event.ts';
import { resolveRead, storedForms, type ResolvedRead } from './resolve-read.ts';

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
  /** Default: every identity field of the dataset. */
  readonly identityFields?: readonly string[];
  readonly stepId?: string;
  readonly limit?: number;
}

export interface SubjectReadResult {
  readonly rows: readonly Row[];
  /** Which identity field each row matched, in order. */
  readonly matchedBy: readonly string[];
  readonly eventId: number;
}

export interface AccessLayer {
  readSubject(request: SubjectReadRequest): Promise<SubjectReadResult>;
}

export interface AccessLayerDependencies {
  readonly catalog: Catalog;
  readonly log: ProcessingLogPort;
  readonly connectors: ConnectorRegistry;
  readonly subjectKey: (normalized: string) => string;
  readonly defaultLimit?: number;
}

async function appendOne(log: ProcessingLogPort, event: ProcessingEventInput): Promise<StoredEvent> {
  const [stored] = await log.append([event]);
  if (!stored) throw new InsynError('AUDIT_WRITE_FAILED', 'the log stored no event');
  return stored;
}

/** Reads the rows of one dataset matching the subject by each of its identity fields. */
async function readRows(connectors: ConnectorRegistry, read: ResolvedRead, request: SubjectReadRequest, limit: number) {
  const connector = connectors.get(read.dataset.system);
  const rows: Row[] = [];
  const matchedBy: string[] = [];
  for (const field of read.identity) {
    const found = await connector.read({
      location: read.dataset.location, fields: read.fields,
      where: { field: field.field, values: storedForms(request.subject, field) },
      limit,
    });
    rows.push(...found);
    matchedBy.push(...found.map(() => field.field));
  }
  return { rows, matchedBy };
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

  async function performRead(read: ResolvedRead, request: SubjectReadRequest): Promise<SubjectReadResult> {
    const base = readEvent(deps, request, read, read.fields);
    const attempt = await append(base);
    let result: { rows: Row[]; matchedBy: string[] };
    try {
      result = await readRows(deps.connectors, read, request, request.limit ?? defaultLimit);
    } catch (error) {
      const code = error instanceof InsynError ? error.code : 'INTERNAL';
      await recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { code } });
      throw error;
    }
    await recordOutcome({ ...base, outcomeOf: attempt.id, outcome: 'success', detail: { rows: result.rows.length } });
    return { ...result, eventId: attempt.id };
  }

  return {
    async readSubject(request) {
      let read: ResolvedRead;
      try {
        read = resolveRead(deps.catalog, request);
      } catch (error) {
        if (error instanceof InsynError) return refuse(request, error);
        throw error;
      }
      return performRead(read, request);
    },
  };
}
